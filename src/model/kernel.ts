/**
 * The one hot loop: an LSTM step plus the mixture head for a batch of writers.
 * Kept behind this small interface so a faster implementation (WebAssembly SIMD)
 * can replace it and run the same tests.
 */
import type { PenWeights } from './weights.ts';

export type KernelChoice = 'auto' | 'ts' | 'wasm';

export interface StepKernel {
  /** which implementation, for the HUD and benchmarks (class names do not survive minifying) */
  readonly kind: 'typescript' | 'wasm-simd';
  readonly hidden: number;
  readonly outputs: number;
  /**
   * Steps the writers whose row numbers are rows[0..n): reads their inputs x
   * (row x 3), updates h and c (row x H) in place and writes their raw head
   * outputs (row x O). Other rows are left alone.
   */
  step(rows: Int32Array, n: number, x: Float32Array, h: Float32Array, c: Float32Array, out: Float32Array): void;
}

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

/**
 * Plain TypeScript kernel. Four writers share each read of a weight row (register
 * blocking), so a batch reads the weights once per four writers instead of once
 * per writer. Scratch space is allocated once for `capacity` writers.
 */
export class TsKernel implements StepKernel {
  readonly kind = 'typescript';
  readonly hidden: number;
  readonly outputs: number;
  private readonly gates: Float32Array;
  private readonly hPad: Float32Array;
  private readonly xPad: Float32Array;
  private readonly outPad: Float32Array;

  constructor(private readonly w: PenWeights, capacity: number) {
    this.hidden = w.hidden;
    this.outputs = w.outputs;
    if (w.hidden % 2 !== 0) throw new Error(`hidden size ${w.hidden} must be even`);
    this.gates = new Float32Array(capacity * 4 * w.hidden);
    this.hPad = new Float32Array(capacity * w.hidden);
    this.xPad = new Float32Array(capacity * 3);
    this.outPad = new Float32Array(capacity * w.outputs);
  }

  step(rows: Int32Array, n: number, x: Float32Array, h: Float32Array, c: Float32Array, out: Float32Array): void {
    const H = this.hidden, G = 4 * H, O = this.outputs;
    const gates = this.gates, hp = this.hPad, xp = this.xPad, op = this.outPad;
    // gather the stepped rows into lanes 0..n so the loops below run on packed data
    for (let b = 0; b < n; b++) {
      const r = rows[b]!;
      hp.set(h.subarray(r * H, r * H + H), b * H);
      xp[b * 3] = x[r * 3]!;
      xp[b * 3 + 1] = x[r * 3 + 1]!;
      xp[b * 3 + 2] = x[r * 3 + 2]!;
    }
    const full = n - (n % 4);
    for (let b = 0; b < full; b += 4) this.gates4(b, xp);
    for (let b = full; b < n; b++) this.gates1(b, xp);

    // cell update, gate order input, forget, cell, output (PyTorch's)
    for (let b = 0; b < n; b++) {
      const gb = b * G, hb = rows[b]! * H, pb = b * H;
      for (let k = 0; k < H; k++) {
        const i = sigmoid(gates[gb + k]!);
        const f = sigmoid(gates[gb + H + k]!);
        const g = Math.tanh(gates[gb + 2 * H + k]!);
        const o = sigmoid(gates[gb + 3 * H + k]!);
        const cNew = f * c[hb + k]! + i * g;
        c[hb + k] = cNew;
        const hNew = o * Math.tanh(cNew);
        h[hb + k] = hNew;
        hp[pb + k] = hNew;
      }
    }
    for (let b = 0; b < full; b += 4) this.head4(b, op);
    for (let b = full; b < n; b++) this.head1(b, op);
    for (let b = 0; b < n; b++) out.set(op.subarray(b * O, b * O + O), rows[b]! * O);
  }

  /** gates = bias + W_ih x + W_hh h for writers b..b+3, each weight row read once for all four */
  private gates4(b: number, x: Float32Array): void {
    const H = this.hidden, G = 4 * H;
    const { wIh, wHh, bias } = this.w;
    const gates = this.gates, hp = this.hPad;
    const o0 = b * H, o1 = o0 + H, o2 = o1 + H, o3 = o2 + H;
    const xi = b * 3;
    const xa0 = x[xi]!, xa1 = x[xi + 1]!, xa2 = x[xi + 2]!;
    const xb0 = x[xi + 3]!, xb1 = x[xi + 4]!, xb2 = x[xi + 5]!;
    const xc0 = x[xi + 6]!, xc1 = x[xi + 7]!, xc2 = x[xi + 8]!;
    const xd0 = x[xi + 9]!, xd1 = x[xi + 10]!, xd2 = x[xi + 11]!;
    for (let r = 0; r < G; r++) {
      const wi = r * 3, w0 = wIh[wi]!, w1 = wIh[wi + 1]!, w2 = wIh[wi + 2]!, bb = bias[r]!;
      let s0 = bb + w0 * xa0 + w1 * xa1 + w2 * xa2;
      let s1 = bb + w0 * xb0 + w1 * xb1 + w2 * xb2;
      let s2 = bb + w0 * xc0 + w1 * xc1 + w2 * xc2;
      let s3 = bb + w0 * xd0 + w1 * xd1 + w2 * xd2;
      const row = r * H;
      for (let k = 0; k < H; k++) {
        const wk = wHh[row + k]!;
        s0 += wk * hp[o0 + k]!;
        s1 += wk * hp[o1 + k]!;
        s2 += wk * hp[o2 + k]!;
        s3 += wk * hp[o3 + k]!;
      }
      const g = b * G + r;
      gates[g] = s0;
      gates[g + G] = s1;
      gates[g + 2 * G] = s2;
      gates[g + 3 * G] = s3;
    }
  }

  private gates1(b: number, x: Float32Array): void {
    const H = this.hidden, G = 4 * H;
    const { wIh, wHh, bias } = this.w;
    const gates = this.gates, hp = this.hPad;
    const o0 = b * H, xi = b * 3;
    const x0 = x[xi]!, x1 = x[xi + 1]!, x2 = x[xi + 2]!;
    for (let r = 0; r < G; r++) {
      const wi = r * 3;
      let s0 = bias[r]! + wIh[wi]! * x0 + wIh[wi + 1]! * x1 + wIh[wi + 2]! * x2;
      let s1 = 0;
      const row = r * H;
      // two accumulators shorten the dependency chain
      for (let k = 0; k < H; k += 2) {
        s0 += wHh[row + k]! * hp[o0 + k]!;
        s1 += wHh[row + k + 1]! * hp[o0 + k + 1]!;
      }
      gates[b * G + r] = s0 + s1;
    }
  }

  /** out = b_out + W_out h for writers b..b+3 */
  private head4(b: number, out: Float32Array): void {
    const H = this.hidden, O = this.outputs;
    const { wOut, bOut } = this.w;
    const hp = this.hPad;
    const o0 = b * H, o1 = o0 + H, o2 = o1 + H, o3 = o2 + H;
    for (let j = 0; j < O; j++) {
      const bb = bOut[j]!;
      let s0 = bb, s1 = bb, s2 = bb, s3 = bb;
      const row = j * H;
      for (let k = 0; k < H; k++) {
        const wk = wOut[row + k]!;
        s0 += wk * hp[o0 + k]!;
        s1 += wk * hp[o1 + k]!;
        s2 += wk * hp[o2 + k]!;
        s3 += wk * hp[o3 + k]!;
      }
      const ob = b * O + j;
      out[ob] = s0;
      out[ob + O] = s1;
      out[ob + 2 * O] = s2;
      out[ob + 3 * O] = s3;
    }
  }

  private head1(b: number, out: Float32Array): void {
    const H = this.hidden, O = this.outputs;
    const { wOut, bOut } = this.w;
    const hp = this.hPad, o0 = b * H;
    for (let j = 0; j < O; j++) {
      let s0 = bOut[j]!, s1 = 0;
      const row = j * H;
      for (let k = 0; k < H; k += 2) {
        s0 += wOut[row + k]! * hp[o0 + k]!;
        s1 += wOut[row + k + 1]! * hp[o0 + k + 1]!;
      }
      out[b * O + j] = s0 + s1;
    }
  }
}
