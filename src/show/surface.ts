/**
 * What the page (renderers, HUD, inputs) sees of the show, whether the show runs
 * on the page's thread (Show) or in a Web Worker (RemoteShow).
 */
import type { Registry } from '../control/registry.ts';
import type { MixtureBatch } from '../model/mixture.ts';
import type { PenWeights } from '../model/weights.ts';
import type { Rgb } from './colours.ts';

export type PageOp = { kind: 'clear' } | { kind: 'scroll'; dy: number } | { kind: 'fade'; seconds: number };

export interface WriterInfo {
  writer: number;
  line: number;
  x: number;
  y: number;
  temperature: number;
  speed: number;
  colour: Rgb;
  restarts: number;
  steps: number;
  visitor: boolean;
  stateSignature: number;
}

export type ShowEvents = {
  restarted: { writer: number; reason: string };
  problem: { message: string };
};

export interface ShowSurface {
  readonly registry: Registry;
  readonly weights: PenWeights;
  readonly active: number;
  /** this frame's new ink per writer: triples (x, y, 1 = line to / 0 = move to) */
  readonly ink: Float32Array[];
  readonly inkLength: Int32Array;
  readonly colours: Rgb[];
  readonly pageOps: PageOp[];
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly prevX: Float64Array;
  readonly prevY: Float64Array;
  readonly penUp: Uint8Array;
  readonly steps: Float64Array;
  /** the visitor's own strokes still to draw: x0 y0 x1 y1 ... */
  readonly visitorInk: number[];
  /** pixels per model unit */
  readonly scale: { x: number; y: number };
  readonly lineHeight: number;
  /** the mixture each writer last sampled from (kept up to date while the mixture view is on) */
  readonly pdf: MixtureBatch;
  /** raw head outputs per writer (kept up to date while the lesson is on) */
  readonly out: Float32Array;
  /** the last complete ghost futures of the focus writer (while futures are on) */
  readonly futurePaths: Float32Array[] | null;
  /** where the model runs, for the HUD */
  readonly engine: string;
  /** time the model took on its own thread for the last frame (ms); 0 when it runs on the page's thread */
  readonly workerMs: number;
  tick(dt: number): void;
  resize(width: number, height: number): void;
  continueVisitor(moves: Float32Array, endX: number, endY: number, baseY: number, seconds: number): void;
  snapshot(): WriterInfo[];
  on<K extends keyof ShowEvents>(name: K, fn: (e: ShowEvents[K]) => void): () => void;
}
