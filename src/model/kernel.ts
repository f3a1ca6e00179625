/**
 * The one hot loop: an LSTM step plus the mixture head for a batch of writers.
 * Kept behind this small interface so a faster implementation (WebAssembly SIMD)
 * can replace it and run the same tests.
 */
import type { PenWeights } from './weights.ts';

export interface StepKernel {
  readonly hidden: number;
  readonly outputs: number;
  /**
   * Writers [0, n): reads inputs x (n x 3), updates h and c (n x H) in place,
   * writes the raw head outputs (n x O). Buffers may be longer than n rows.
   */
  step(n: number, x: Float32Array, h: Float32Array, c: Float32Array, out: Float32Array): void;
}

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

/**
 * Plain TypeScript kernel. Four writers share each read of a weight row (register
 * blocking), so a batch reads the weights once per four writers instead of once
 * per writer. Scratch space is allocated once for `capacity` writers.
 */
export class TsKernel implements StepKernel {
  readonly hidden: number;
  readonly outputs: number;
  private readonly gates: Float32Array;
  private readonly hPad: Float32Array;

  constructor(private readonly w: PenWeights, capacity: number) {
    this.hidden = w.hidden;
    this.outputs = w.outputs;
    const lanes = Math.ceil(Math.max(1, capacity) / 4) * 4;
    this.gates = new Float32Array(lanes * 4 * w.hidden);
    this.hPad = new Float32Array(lanes * w.hidden);
  }

  step(n: number, x: Float32Array, h: Float32Array, c: Float32Array, out: Float32Array): void {
    const H = this.hidden, G = 4 * H, O = this.outputs;
    const { wIh, wHh, bias, wOut, bOut } = this.w;
    const gates = this.gates, hp = this.hPad;
    hp.set(h.subarray(0, n * H));
    const lanes = Math.ceil(n / 4) * 4;
    hp.fill(0, n * H, lanes * H);

    // gates = bias + W_ih x + W_hh h, four writers per pass over a row
    for (let b = 0; b < n; b += 4) {
      const o0 = b * H, o1 = o0 + H, o2 = o1 + H, o3 = o2 + H;
      const x0 = b * 3;
      const xa0 = x[x0] ?? 0, xa1 = x[x0 + 1] ?? 0, xa2 = x[x0 + 2] ?? 0;
      const xb0 = b + 1 < n ? x[x0 + 3]! : 0, xb1 = b + 1 < n ? x[x0 + 4]! : 0, xb2 = b + 1 < n ? x[x0 + 5]! : 0;
      const xc0 = b + 2 < n ? x[x0 + 6]! : 0, xc1 = b + 2 < n ? x[x0 + 7]! : 0, xc2 = b + 2 < n ? x[x0 + 8]! : 0;
      const xd0 = b + 3 < n ? x[x0 + 9]! : 0, xd1 = b + 3 < n ? x[x0 + 10]! : 0, xd2 = b + 3 < n ? x[x0 + 11]! : 0;
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

    // cell update, gate order input, forget, cell, output (PyTorch's)
    for (let b = 0; b < n; b++) {
      const gb = b * G, hb = b * H;
      for (let k = 0; k < H; k++) {
        const i = sigmoid(gates[gb + k]!);
        const f = sigmoid(gates[gb + H + k]!);
        const g = Math.tanh(gates[gb + 2 * H + k]!);
        const o = sigmoid(gates[gb + 3 * H + k]!);
        const cNew = f * c[hb + k]! + i * g;
        c[hb + k] = cNew;
        const hNew = o * Math.tanh(cNew);
        h[hb + k] = hNew;
        hp[hb + k] = hNew;
      }
    }

    // head: out = b_out + W_out h
    for (let b = 0; b < n; b += 4) {
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
        if (b + 1 < n) out[ob + O] = s1;
        if (b + 2 < n) out[ob + 2 * O] = s2;
        if (b + 3 < n) out[ob + 3 * O] = s3;
      }
    }
  }
}
