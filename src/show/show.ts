/**
 * The whole show in one tick(dt): read the live values from the registry, step
 * every writer that is due (one batched engine call per sub-step), move pens
 * along their ruled lines, and leave for the renderer the new ink of this frame
 * and any page operations (clear, scroll, fade). No DOM here: a p5 sketch or a
 * headless test drives it.
 */
import type { Config } from '../config/schema.ts';
import { Emitter } from '../control/emitter.ts';
import type { Registry } from '../control/registry.ts';
import { PenBatch } from '../model/batch.ts';
import { Rng } from '../model/rng.ts';
import type { MixtureBatch } from '../model/mixture.ts';
import type { PenWeights } from '../model/weights.ts';
import { Futures } from '../views/futures.ts';
import { type Rgb, hsl, parseHex, rotateHue } from './colours.ts';
import { Layout } from './layout.ts';
import { MAX_FRAME_SECONDS, Pacer } from './pace.ts';
import type { PageOp, ShowEvents, ShowSurface, WriterInfo } from './surface.ts';

export type { PageOp } from './surface.ts';

/** Share of the distance to its ruled line a hand makes up at each pen lift. */
export const BASELINE_PULL = 1 / 3;

/** Most steps a writer takes in one frame (max speed x longest frame), sizing the ink buffers. */
const MAX_STEPS_PER_FRAME = Math.ceil(240 * MAX_FRAME_SECONDS) + 1;

export class Show extends Emitter<ShowEvents> implements ShowSurface {
  readonly capacity: number;
  readonly batch: PenBatch;
  readonly layout: Layout;
  /** pen position in CSS pixels */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** which of its own lines each writer is on */
  readonly line: Int32Array;
  /** 1 when the pen lifts after the current point (the next move is not drawn) */
  readonly penUp: Uint8Array;
  readonly restarts: Uint32Array;
  readonly steps: Float64Array;
  /** this frame's ink per writer: triples (x, y, 1 = line to / 0 = move to) */
  readonly ink: Float32Array[];
  readonly inkLength: Int32Array;
  readonly colours: Rgb[];
  /** page operations for the renderer, in order, since the last frame */
  readonly pageOps: PageOp[] = [];
  active: number;
  /** seconds left while the page fades out and writers hold */
  fading = 0;
  /** show time in seconds (paused time included) */
  time = 0;
  /** pen position before the last move: where the last mixture was centred */
  readonly prevX: Float64Array;
  readonly prevY: Float64Array;
  /** show time until which a writer continues a visitor's hand (0 = its own) */
  readonly visitorUntil: Float64Array;
  /** baseline a visiting writer keeps to, NaN = its own ruled line */
  private readonly baseY: Float64Array;
  /** visitor's own strokes, for the renderer: pairs of segments x0 y0 x1 y1 */
  readonly visitorInk: number[] = [];

  private readonly futures: Futures;
  private futuresAge = Infinity;
  readonly engine: string;
  readonly workerMs = 0;
  private readonly pacer: Pacer;
  private readonly due: Int32Array;
  private readonly rows: Int32Array;
  private readonly colourIndex: Int32Array;
  private readonly baseColours: Rgb[];
  private readonly rng: Rng;
  private pxX = 1;
  private pxY = 1;

  constructor(
    readonly weights: PenWeights,
    readonly config: Config,
    readonly registry: Registry,
    page: { width: number; height: number },
  ) {
    super();
    const cap = config.maxWriters;
    this.capacity = cap;
    const seed = config.seed === 'random' ? Math.floor(Math.random() * 2 ** 31) : config.seed;
    this.batch = new PenBatch(weights, cap, seed + 1);
    this.engine = this.batch.kernelKind === 'wasm-simd' ? 'WebAssembly SIMD' : 'TypeScript';
    this.futures = new Futures(weights);
    this.rng = new Rng(seed + 99);
    this.active = Math.min(cap, Math.round(registry.get('writers')));
    this.layout = new Layout({ ...page, lineHeight: config.layout.lineHeight, margin: config.layout.margin }, this.active);
    this.x = new Float64Array(cap);
    this.y = new Float64Array(cap);
    this.prevX = new Float64Array(cap);
    this.prevY = new Float64Array(cap);
    this.visitorUntil = new Float64Array(cap);
    this.baseY = new Float64Array(cap).fill(NaN);
    this.line = new Int32Array(cap);
    this.penUp = new Uint8Array(cap).fill(1);
    this.restarts = new Uint32Array(cap);
    this.steps = new Float64Array(cap);
    this.ink = Array.from({ length: cap }, () => new Float32Array((MAX_STEPS_PER_FRAME + 2) * 3));
    this.inkLength = new Int32Array(cap);
    this.pacer = new Pacer(cap);
    this.due = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    this.colourIndex = Int32Array.from({ length: cap }, (_, i) => i);
    this.baseColours = Array.from({ length: cap }, (_, i) => this.pickColour(i));
    this.colours = this.baseColours.map((c) => c);
    this.updateScale();
    for (let i = 0; i < cap; i++) this.startWriter(i, i < this.active ? 0 : -1);

    registry.on('trigger', (t) => {
      if (t.name === 'restart') {
        if (t.writer === null) for (let i = 0; i < this.active; i++) this.restart(i, 'restart all');
        else this.restart(t.writer, 'restart');
      } else if (t.name === 'clear') this.clearPage();
    });
    registry.on('change', (c) => {
      if (c.name === 'writers') this.setActive(Math.round(c.value));
      if (c.name === 'hue') this.refreshColours();
    });
  }

  /** Model units to CSS pixels follows the line height, so letters fit the ruled lines. */
  private updateScale(): void {
    const pxPerFontUnit = (this.layout.page.lineHeight / this.weights.lineHeightFontUnits) * this.config.layout.letterScale;
    this.pxX = this.weights.scaleX * pxPerFontUnit;
    this.pxY = this.weights.scaleY * pxPerFontUnit;
  }

  /** The window or projector changed size: new ruled lines, a fresh page, writers keep their hands. */
  resize(width: number, height: number): void {
    this.layout.page = { ...this.layout.page, width, height };
    this.clearPage();
  }

  /** Pixels per model unit, per axis. */
  get scale(): { x: number; y: number } {
    return { x: this.pxX, y: this.pxY };
  }

  get lineHeight(): number {
    return this.layout.page.lineHeight;
  }

  get pdf(): MixtureBatch {
    return this.batch.pdf;
  }

  get out(): Float32Array {
    return this.batch.out;
  }

  get futurePaths(): Float32Array[] | null {
    return this.registry.get('futures') && this.futures.valid ? this.futures.paths : null;
  }

  /** Ghost futures of the focus writer: a new set every 0.3 s, built a few steps per frame. */
  private stepFutures(dt: number): void {
    if (!this.registry.get('futures')) {
      this.futuresAge = Infinity;
      this.futures.valid = false;
      return;
    }
    this.futuresAge += dt;
    const f = this.futures;
    const focus = Math.min(this.active, Math.round(this.registry.get('focus'))) - 1;
    if (!f.busy && this.futuresAge > 0.3) {
      f.begin(this.batch, focus, this.x[focus]!, this.y[focus]!, this.penUp[focus] === 1, this.pxX, this.pxY);
      this.futuresAge = 0;
    }
    // 5 futures x 3 steps a frame: about one more writer's work
    f.advance(3);
  }

  tick(dt: number): void {
    const reg = this.registry;
    reg.tick(dt);
    this.time += dt;
    for (let i = 0; i < this.active; i++) {
      if (this.visitorUntil[i]! > 0 && this.time >= this.visitorUntil[i]!) this.endVisit(i);
    }
    this.stepFutures(dt);
    for (let i = 0; i < this.active; i++) this.inkLength[i] = 0;
    if (reg.get('pause')) return;
    if (this.fading > 0) {
      this.fading -= dt;
      if (this.fading <= 0) this.turnPage();
      return;
    }
    let most = 0;
    for (let i = 0; i < this.active; i++) {
      this.batch.temperature[i] = reg.forWriter('temperature', i);
      const d = Math.min(MAX_STEPS_PER_FRAME, this.pacer.due(i, reg.forWriter('speed', i), dt));
      this.due[i] = d;
      if (d > most) most = d;
      this.beginInk(i);
    }
    for (let s = 0; s < most && this.fading <= 0; s++) {
      let n = 0;
      for (let i = 0; i < this.active; i++) if (this.due[i]! > s) this.rows[n++] = i;
      const broken = this.batch.stepRows(this.rows, n);
      for (let j = 0; j < n; j++) {
        const i = this.rows[j]!;
        if (broken && this.batch.broken[i]) {
          this.emit('problem', { message: `writer ${i + 1}: its state exploded (non-finite values); restarted` });
          this.restart(i, 'state exploded');
          continue;
        }
        this.move(i);
      }
    }
  }

  /** Apply writer i's sampled move: draw it if the pen was down, wrap at the margin. */
  private move(i: number): void {
    const b = this.batch.x;
    const dx = b[i * 3]! * this.pxX;
    const dy = b[i * 3 + 1]! * this.pxY;
    const liftAfter = b[i * 3 + 2]! > 0.5;
    const wasDown = this.penUp[i] === 0;
    let nx = this.x[i]! + dx;
    let ny = this.y[i]! + dy;
    this.steps[i]!++;
    const lh = this.layout.page.lineHeight;
    const right = this.layout.right;
    const own = this.baseY[i]!;
    const base = Number.isNaN(own) ? (this.layout.baseline(i, this.line[i]!) ?? ny) : own;

    if (nx > right && (!wasDown || nx > right + 0.5 * lh)) {
      // past the margin: between words, or mid-word when far past, go to the next line
      if (this.visitorUntil[i]! > 0) {
        this.endVisit(i);
        return;
      }
      if (this.config.layout.atRightEdge === 'restart') {
        this.restart(i, 'right edge');
        return;
      }
      this.penUp[i] = 1;
      this.nextLine(i);
      this.inkMove(i);
      return;
    }
    if (!wasDown) {
      // between strokes the hand re-aligns with its ruled line, as a person does: a
      // third of the way back at each lift, and never further than 0.8 lines away
      const off = Math.max(-0.8 * lh, Math.min(0.8 * lh, (ny - base) * (1 - BASELINE_PULL)));
      ny = base + off;
      nx = Math.max(this.layout.left - lh, nx);
    }
    this.prevX[i] = this.x[i]!;
    this.prevY[i] = this.y[i]!;
    this.x[i] = nx;
    this.y[i] = ny;
    if (wasDown) this.inkLine(i);
    else this.inkMove(i);
    this.penUp[i] = liftAfter ? 1 : 0;
  }

  /**
   * A visitor wrote `moves` (model units) ending at pixel (endX, endY) around the
   * baseline `baseY`: the nearest free writer is primed with them and carries on
   * from there, in the visitor colour, for `seconds`. Returns the writer (0-based).
   */
  continueVisitor(moves: Float32Array, endX: number, endY: number, baseY: number, seconds: number): number {
    let best = -1, bestD = Infinity;
    for (let i = 0; i < this.active; i++) {
      const busy = this.visitorUntil[i]! > 0;
      const d = Math.hypot(this.x[i]! - endX, this.y[i]! - endY) + (busy ? 1e9 : 0);
      if (d < bestD) {
        best = i;
        bestD = d;
      }
    }
    const i = best;
    if (i < 0) return -1;
    this.batch.zeroState(i);
    this.batch.prime(i, moves);
    this.x[i] = this.prevX[i] = endX;
    this.y[i] = this.prevY[i] = endY;
    this.penUp[i] = 1;
    this.baseY[i] = baseY;
    this.visitorUntil[i] = this.time + seconds;
    this.pacer.reset(i);
    this.colours[i] = parseHex(this.config.visitorColour);
    this.beginInk(i);
    return i;
  }

  /** The visit is over: back to its own next line and colour. */
  private endVisit(i: number): void {
    this.visitorUntil[i] = 0;
    this.baseY[i] = NaN;
    this.refreshColours();
    this.penUp[i] = 1;
    this.nextLine(i);
  }

  restart(i: number, reason: string): void {
    if (i < 0 || i >= this.capacity) return;
    this.visitorUntil[i] = 0;
    this.baseY[i] = NaN;
    this.batch.randomState(i);
    this.restarts[i]!++;
    if (this.config.colourMode !== 'fixed') {
      this.colourIndex[i] = this.colourIndex[i]! + this.active;
      this.baseColours[i] = this.pickColour(i);
      this.refreshColours();
    }
    this.penUp[i] = 1;
    this.pacer.reset(i);
    this.nextLine(i);
    this.inkMove(i);
    this.emit('restarted', { writer: i, reason });
  }

  clearPage(): void {
    this.fading = 0;
    this.pageOps.push({ kind: 'clear' });
    this.layout.writers = this.active;
    this.updateScale();
    for (let i = 0; i < this.capacity; i++) this.toLine(i, 0);
  }

  private setActive(n: number): void {
    const before = this.active;
    this.active = Math.max(1, Math.min(this.capacity, n));
    for (let i = before; i < this.active; i++) {
      this.batch.randomState(i);
      this.penUp[i] = 1;
    }
    this.clearPage();
  }

  private startWriter(i: number, line: number): void {
    this.batch.randomState(i);
    this.penUp[i] = 1;
    this.toLine(i, Math.max(0, line));
  }

  private toLine(i: number, k: number): void {
    this.line[i] = k;
    this.x[i] = this.layout.left;
    this.y[i] = this.layout.baseline(i, k) ?? this.layout.baselineOfRuled(0);
    this.penUp[i] = 1;
    this.inkLength[i] = 0;
    this.beginInk(i);
  }

  private nextLine(i: number): void {
    const k = this.line[i]! + 1;
    if (this.layout.baseline(i, k) !== null) {
      this.toLine(i, k);
      return;
    }
    this.pageFull(i);
  }

  /** Writer i has no line left: renew the page by the configured policy. */
  private pageFull(i: number): void {
    const policy = this.config.layout.pageFull;
    if (policy === 'scroll') {
      const dy = this.layout.scrollStep;
      this.pageOps.push({ kind: 'scroll', dy });
      for (let w = 0; w < this.capacity; w++) {
        this.line[w] = this.line[w]! - 1;
        this.y[w] = this.y[w]! - dy;
        if (this.line[w]! < 0) this.toLine(w, 0);
        else if (w < this.active) this.beginInk(w);
      }
      this.toLine(i, this.line[i]! + 1);
    } else if (policy === 'fade') {
      this.fading = this.config.layout.fadeSeconds;
      this.pageOps.push({ kind: 'fade', seconds: this.fading });
    } else {
      this.clearPage();
    }
  }

  private turnPage(): void {
    this.fading = 0;
    this.clearPage();
  }

  private pickColour(i: number): Rgb {
    if (this.config.colourMode === 'random') return hsl(this.rng.next() * 360, 0.75, 0.62);
    const p = this.config.palette;
    return parseHex(p[this.colourIndex[i]! % p.length]!);
  }

  private refreshColours(): void {
    for (let i = 0; i < this.capacity; i++) {
      if (this.visitorUntil[i]! > 0) continue; // keeps the visitor colour while continuing a visitor
      this.colours[i] = rotateHue(this.baseColours[i]!, this.registry.targetForWriter('hue', i));
    }
  }

  private beginInk(i: number): void {
    this.inkLength[i] = 0;
    this.inkMove(i);
  }

  private inkMove(i: number): void {
    this.pushInk(i, 0);
  }

  private inkLine(i: number): void {
    this.pushInk(i, 1);
  }

  private pushInk(i: number, kind: number): void {
    const buf = this.ink[i]!;
    let n = this.inkLength[i]!;
    // consecutive moves collapse into one
    if (kind === 0 && n >= 3 && buf[n - 1] === 0) n -= 3;
    if (n + 3 > buf.length) return;
    buf[n] = this.x[i]!;
    buf[n + 1] = this.y[i]!;
    buf[n + 2] = kind;
    this.inkLength[i] = n + 3;
  }

  /** A plain-data view for the HUD, OSC feedback and tests. */
  snapshot(): WriterInfo[] {
    return Array.from({ length: this.active }, (_, i) => {
      return {
        writer: i + 1,
        line: this.line[i]!,
        x: this.x[i]!,
        y: this.y[i]!,
        temperature: this.registry.forWriter('temperature', i),
        speed: this.registry.forWriter('speed', i),
        colour: this.colours[i]!,
        restarts: this.restarts[i]!,
        visitor: this.visitorUntil[i]! > 0,
        steps: this.steps[i]!,
        stateSignature: this.stateSignature(i),
      };
    });
  }

  /** A cheap fingerprint of writer i's cell state: it changes when the writer restarts. */
  stateSignature(i: number): number {
    const H = this.batch.hidden;
    let sig = 0;
    for (let k = 0; k < H; k += 17) sig += this.batch.c[i * H + k]!;
    return sig;
  }
}
