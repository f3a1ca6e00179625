/**
 * Many writers stepped together: their LSTM states live side by side in
 * Float32Arrays, one kernel call steps them all, then each draws its next move
 * from its own mixture with its own Rng and temperature. Nothing is allocated per
 * step.
 */
import { createKernel } from './choose-kernel.ts';
import type { KernelChoice, StepKernel } from './kernel.ts';
import { MixtureBatch } from './mixture.ts';
import { Rng } from './rng.ts';
import { sampleMove } from './sampler.ts';
import type { PenWeights } from './weights.ts';

/** A cell state beyond this is treated as exploded (trained cells stay within a few units). */
export const MAX_CELL = 50;
/** Standard deviation of a random initial state (the reference's random_state). */
export const RANDOM_STATE_STD = 0.5;

export class PenBatch {
  readonly hidden: number;
  readonly mixtures: number;
  readonly h: Float32Array;
  readonly c: Float32Array;
  /** next input per writer: (dx, dy, pen) in model units; after step() it holds the sampled move */
  readonly x: Float32Array;
  readonly out: Float32Array;
  readonly pdf: MixtureBatch;
  readonly temperature: Float32Array;
  readonly rngs: Rng[];
  /** 1 where the last step left a writer with a non-finite or exploded state */
  readonly broken: Uint8Array;
  private readonly kernel: StepKernel;
  /** 0, 1, 2, ...: the rows stepped by step(n) */
  private readonly allRows: Int32Array;
  private readonly oneRow = new Int32Array(1);

  readonly kernelKind: StepKernel['kind'];

  /** `kernel`: 'auto' picks WebAssembly SIMD where it runs, else TypeScript; or pass one. */
  constructor(readonly weights: PenWeights, readonly capacity: number, seed = 1, kernel: StepKernel | KernelChoice = 'auto') {
    this.hidden = weights.hidden;
    this.mixtures = weights.mixtures;
    this.kernel = typeof kernel === 'string' ? createKernel(weights, capacity, kernel) : kernel;
    this.kernelKind = this.kernel.kind;
    this.h = new Float32Array(capacity * this.hidden);
    this.c = new Float32Array(capacity * this.hidden);
    this.x = new Float32Array(capacity * 3);
    this.out = new Float32Array(capacity * weights.outputs);
    this.pdf = new MixtureBatch(weights.mixtures, capacity);
    this.temperature = new Float32Array(capacity).fill(0.5);
    this.broken = new Uint8Array(capacity);
    this.allRows = Int32Array.from({ length: capacity }, (_, i) => i);
    this.rngs = Array.from({ length: capacity }, (_, i) => new Rng(seed * 7919 + i));
  }

  /** Zero state and a pen-up input: the writer starts fresh. */
  zeroState(i: number): void {
    this.h.fill(0, i * this.hidden, (i + 1) * this.hidden);
    this.c.fill(0, i * this.hidden, (i + 1) * this.hidden);
    this.x.fill(0, i * 3, i * 3 + 3);
    this.x[i * 3 + 2] = 1;
    this.broken[i] = 0;
  }

  /** Random state drawn from the writer's own Rng, so each restart writes differently. */
  randomState(i: number, std = RANDOM_STATE_STD): void {
    this.zeroState(i);
    const rng = this.rngs[i]!;
    for (let k = i * this.hidden; k < (i + 1) * this.hidden; k++) {
      this.h[k] = Math.max(-1, Math.min(1, rng.normal() * std));
      this.c[k] = rng.normal() * std;
    }
  }

  /**
   * One step for writers [0, n): update the states from x, build each mixture at
   * the writer's temperature and sample the next move into x. Returns the number of
   * writers whose state broke (see `broken`).
   */
  step(n: number): number {
    return this.stepRows(this.allRows, n);
  }

  /** The same for an arbitrary set of writers: rows[0..n). */
  stepRows(rows: Int32Array, n: number): number {
    this.kernel.step(rows, n, this.x, this.h, this.c, this.out);
    this.buildPdfRows(rows, n);
    for (let j = 0; j < n; j++) {
      const i = rows[j]!;
      sampleMove(this.pdf, i, this.rngs[i]!, this.x, i * 3);
    }
    return this.checkStates(rows, n);
  }

  /** Only the state update (priming: the next input is given, not sampled). */
  stepState(n: number): void {
    this.kernel.step(this.allRows, n, this.x, this.h, this.c, this.out);
  }

  buildPdf(n: number): void {
    this.buildPdfRows(this.allRows, n);
  }

  private buildPdfRows(rows: Int32Array, n: number): void {
    const O = this.weights.outputs;
    for (let j = 0; j < n; j++) {
      const i = rows[j]!;
      this.pdf.setFromOutputs(i, this.out, i * O, this.temperature[i]!);
    }
  }

  private checkStates(rows: Int32Array, n: number): number {
    let bad = 0;
    const H = this.hidden;
    for (let j = 0; j < n; j++) {
      const i = rows[j]!;
      let ok = true;
      for (let k = i * H; k < (i + 1) * H; k++) {
        const cv = this.c[k]!;
        // NaN fails every comparison, so this also catches it
        if (!(cv > -MAX_CELL && cv < MAX_CELL)) {
          ok = false;
          break;
        }
      }
      const xi = i * 3;
      if (!Number.isFinite(this.x[xi]!) || !Number.isFinite(this.x[xi + 1]!)) ok = false;
      this.broken[i] = ok ? 0 : 1;
      if (!ok) bad++;
    }
    return bad;
  }

  /**
   * Feed a recorded pen sequence (model units, triples dx, dy, pen) through writer
   * i's state. All moves but the last are stepped now; the last becomes the pending
   * input, so the next step() consumes it and samples what follows: exactly the
   * state of feeding the sequence step by step. Other writers are untouched.
   */
  prime(i: number, moves: Float32Array): void {
    const n = Math.floor(moves.length / 3);
    if (n === 0) return;
    const row = this.oneRow;
    row[0] = i;
    for (let k = 0; k < n - 1; k++) {
      this.x.set(moves.subarray(k * 3, k * 3 + 3), i * 3);
      this.kernel.step(row, 1, this.x, this.h, this.c, this.out);
    }
    this.x.set(moves.subarray((n - 1) * 3, n * 3), i * 3);
  }

  /** Copy writer `from`'s state and next input into slot `to` (for previews of a writer's future). */
  copyWriter(from: number, to: number, src: PenBatch = this): void {
    const H = this.hidden;
    this.h.set(src.h.subarray(from * H, (from + 1) * H), to * H);
    this.c.set(src.c.subarray(from * H, (from + 1) * H), to * H);
    this.x.set(src.x.subarray(from * 3, from * 3 + 3), to * 3);
    this.temperature[to] = src.temperature[from]!;
  }
}
