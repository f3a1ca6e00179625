/**
 * The page's side of the show worker: the same surface as Show, filled from the
 * frames the worker sends. A tick posts the frame's time to the worker and shows
 * the last frame that came back, so the page never waits on the model: at worst
 * a frame draws no new ink and the next one catches up.
 */
import type { Config } from '../../config/schema.ts';
import { Emitter } from '../../control/emitter.ts';
import type { Registry } from '../../control/registry.ts';
import { MixtureBatch } from '../../model/mixture.ts';
import type { PenWeights } from '../../model/weights.ts';
import type { Rgb } from '../colours.ts';
import type { PageOp, ShowEvents, ShowSurface, WriterInfo } from '../surface.ts';
import { type Frame, type FromWorker, INFO_FIELDS, Info, type ToWorker } from './messages.ts';

/** A worker that has not answered a frame for this long is replaced. */
export const WORKER_TIMEOUT_MS = 5000;

export class RemoteShow extends Emitter<ShowEvents> implements ShowSurface {
  active = 0;
  ink: Float32Array[];
  readonly inkLength: Int32Array;
  readonly colours: Rgb[];
  readonly pageOps: PageOp[] = [];
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly prevX: Float64Array;
  readonly prevY: Float64Array;
  readonly penUp: Uint8Array;
  readonly steps: Float64Array;
  readonly visitorInk: number[] = [];
  readonly pdf: MixtureBatch;
  readonly out: Float32Array;
  futurePaths: Float32Array[] | null = null;
  engine = 'starting the worker';
  /** time the worker spent on its last frame (ms) */
  workerMs = 0;
  private info: Float64Array<ArrayBufferLike> = new Float64Array(0);
  private latest: Frame | null = null;
  private outstanding = false;
  private pendingDt = 0;
  private readonly empty = new Float32Array(0);

  private worker: Worker;
  private waitingSince = 0;
  private page: { width: number; height: number };

  constructor(
    private readonly makeWorker: () => Worker,
    readonly weights: PenWeights,
    readonly config: Config,
    readonly registry: Registry,
    page: { width: number; height: number },
    private readonly manifest: unknown,
    private readonly bin: ArrayBuffer,
  ) {
    super();
    this.page = page;
    const cap = config.maxWriters;
    this.ink = Array.from({ length: cap }, () => this.empty);
    this.inkLength = new Int32Array(cap);
    this.colours = Array.from({ length: cap }, () => ({ r: 255, g: 255, b: 255 }));
    this.x = new Float64Array(cap);
    this.y = new Float64Array(cap);
    this.prevX = new Float64Array(cap);
    this.prevY = new Float64Array(cap);
    this.penUp = new Uint8Array(cap);
    this.steps = new Float64Array(cap);
    this.pdf = new MixtureBatch(weights.mixtures, cap);
    this.out = new Float32Array(cap * weights.outputs);
    this.worker = this.startWorker();
    // the registry stays on the page; the worker mirrors every change
    registry.on('change', (c) => this.send({ t: 'set', path: c.path, value: c.value }));
    registry.on('trigger', (t) => this.send({ t: 'fire', path: t.path }));
  }

  get scale(): { x: number; y: number } {
    const px = (this.config.layout.lineHeight / this.weights.lineHeightFontUnits) * this.config.layout.letterScale;
    return { x: this.weights.scaleX * px, y: this.weights.scaleY * px };
  }

  get lineHeight(): number {
    return this.config.layout.lineHeight;
  }

  /** A new worker with the same weights and config, told every current value. */
  private startWorker(): Worker {
    const worker = this.makeWorker();
    worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
    worker.onerror = (e) => this.emit('problem', { message: `show worker failed: ${e.message}` });
    const bin = this.bin.slice(0);
    worker.postMessage({ t: 'init', config: this.config, manifest: this.manifest, bin, width: this.page.width, height: this.page.height } satisfies ToWorker, [bin]);
    for (const [path, value] of Object.entries(this.registry.saveScene())) worker.postMessage({ t: 'set', path, value } satisfies ToWorker);
    this.outstanding = false;
    this.waitingSince = 0;
    return worker;
  }

  tick(dt: number): void {
    this.inkLength.fill(0);
    // a worker that stopped answering (crashed, or stuck) is replaced; the show goes on
    if (this.outstanding && this.waitingSince && performance.now() - this.waitingSince > WORKER_TIMEOUT_MS) {
      this.emit('problem', { message: `show worker did not answer for ${WORKER_TIMEOUT_MS / 1000} s; started a new one` });
      this.worker.terminate();
      this.worker = this.startWorker();
      this.pageOps.push({ kind: 'clear' });
    }
    const f = this.latest;
    this.latest = null;
    if (f) this.apply(f);
    this.pendingDt += dt;
    if (!this.outstanding) {
      this.outstanding = true;
      this.send({ t: 'tick', dt: this.pendingDt, views: { mixture: this.registry.get('mixtureView') > 0, lesson: this.registry.get('lesson') > 0 } });
      this.pendingDt = 0;
      this.waitingSince = performance.now();
    }
  }

  resize(width: number, height: number): void {
    this.page = { width, height };
    this.send({ t: 'resize', width, height });
  }

  continueVisitor(moves: Float32Array, endX: number, endY: number, baseY: number, seconds: number): void {
    this.send({ t: 'visitor', moves, endX, endY, baseY, seconds }, [moves.buffer]);
  }

  snapshot(): WriterInfo[] {
    return Array.from({ length: this.active }, (_, i) => {
      const o = i * INFO_FIELDS, v = this.info;
      const rgb = v[o + Info.Colour]!;
      return {
        writer: i + 1,
        line: v[o + Info.Line]!,
        x: v[o + Info.X]!,
        y: v[o + Info.Y]!,
        temperature: v[o + Info.Temperature]!,
        speed: v[o + Info.Speed]!,
        colour: { r: (rgb >> 16) & 255, g: (rgb >> 8) & 255, b: rgb & 255 },
        restarts: v[o + Info.Restarts]!,
        steps: v[o + Info.Steps]!,
        visitor: v[o + Info.Visitor] === 1,
        stateSignature: v[o + Info.Signature]!,
      };
    });
  }

  private send(m: ToWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(m, transfer);
  }

  private receive(m: FromWorker): void {
    if (m.t === 'ready') this.engine = m.engine;
    else if (m.t === 'failed') this.emit('problem', { message: `show worker could not start: ${m.message}` });
    else {
      // one tick is in flight at a time, so at most one frame waits here
      this.outstanding = false;
      this.latest = m;
    }
  }

  private apply(f: Frame): void {
    this.active = f.active;
    this.info = f.info;
    let at = 0;
    for (let i = 0; i < f.active; i++) {
      const len = f.inkLength[i]!;
      this.ink[i] = f.ink.subarray(at, at + len);
      this.inkLength[i] = len;
      at += len;
      const o = i * INFO_FIELDS;
      this.x[i] = f.info[o + Info.X]!;
      this.y[i] = f.info[o + Info.Y]!;
      this.prevX[i] = f.info[o + Info.PrevX]!;
      this.prevY[i] = f.info[o + Info.PrevY]!;
      this.penUp[i] = f.info[o + Info.PenUp]!;
      this.steps[i] = f.info[o + Info.Steps]!;
      const rgb = f.info[o + Info.Colour]!;
      const c = this.colours[i]!;
      c.r = (rgb >> 16) & 255;
      c.g = (rgb >> 8) & 255;
      c.b = rgb & 255;
    }
    this.pageOps.push(...f.pageOps);
    if (f.pdf) {
      const [pi, mx, my, sx, sy, rho] = f.pdf as [Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array];
      this.pdf.pi.set(pi);
      this.pdf.muX.set(mx);
      this.pdf.muY.set(my);
      this.pdf.sigmaX.set(sx);
      this.pdf.sigmaY.set(sy);
      this.pdf.rho.set(rho);
    }
    if (f.out) this.out.set(f.out);
    this.futurePaths = f.futures ?? null;
    this.workerMs = f.workerMs;
    for (const ev of f.events) {
      if (ev.name === 'restarted') this.emit('restarted', ev.e);
      else this.emit('problem', ev.e);
    }
  }
}
