/** Messages between the page and the show worker (structured clone; typed arrays are transferred). */
import type { Config } from '../../config/schema.ts';
import type { PageOp, ShowEvents } from '../surface.ts';

export type ToWorker =
  | { t: 'init'; config: Config; manifest: unknown; bin: ArrayBuffer; width: number; height: number }
  | { t: 'set'; path: string; value: number }
  | { t: 'fire'; path: string }
  | { t: 'tick'; dt: number; views: { mixture: boolean; lesson: boolean } }
  | { t: 'resize'; width: number; height: number }
  | { t: 'visitor'; moves: Float32Array; endX: number; endY: number; baseY: number; seconds: number };

/** Per-writer numbers sent each frame, INFO_FIELDS per writer. */
export const INFO_FIELDS = 13;
export const enum Info {
  X, Y, PrevX, PrevY, PenUp, Line, Restarts, Steps, Temperature, Speed, Visitor, Signature, Colour,
}

export interface Frame {
  t: 'frame';
  active: number;
  /** concatenated ink of writers 0..active-1 and each one's length */
  ink: Float32Array;
  inkLength: Int32Array;
  info: Float64Array;
  pageOps: PageOp[];
  events: Array<{ [K in keyof ShowEvents]: { name: K; e: ShowEvents[K] } }[keyof ShowEvents]>;
  /** pi, muX, muY, sigmaX, sigmaY, rho for active writers (mixture view on) */
  pdf?: Float32Array[];
  /** raw outputs for active writers (lesson on) */
  out?: Float32Array;
  futures?: Float32Array[];
  workerMs: number;
}

export type FromWorker = Frame | { t: 'ready'; engine: string } | { t: 'failed'; message: string };
