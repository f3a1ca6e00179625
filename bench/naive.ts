/**
 * A deliberately naive one-writer-at-a-time step in the style of the reference
 * (boxed number arrays, new arrays every step), for the benchmark's ratio.
 */
import type { PenWeights } from '../src/model/weights.ts';

export function naiveStep(w: PenWeights, x: number[], h: number[], c: number[]): { h: number[]; c: number[]; out: number[] } {
  const H = w.hidden;
  const gates: number[] = [];
  for (let r = 0; r < 4 * H; r++) {
    let s = w.bias[r]! + w.wIh[r * 3]! * x[0]! + w.wIh[r * 3 + 1]! * x[1]! + w.wIh[r * 3 + 2]! * x[2]!;
    for (let k = 0; k < H; k++) s += w.wHh[r * H + k]! * h[k]!;
    gates.push(s);
  }
  const sig = (v: number) => 1 / (1 + Math.exp(-v));
  const c2 = c.map((cv, k) => sig(gates[H + k]!) * cv + sig(gates[k]!) * Math.tanh(gates[2 * H + k]!));
  const h2 = c2.map((cv, k) => sig(gates[3 * H + k]!) * Math.tanh(cv));
  const out: number[] = [];
  for (let j = 0; j < w.outputs; j++) {
    let s = w.bOut[j]!;
    for (let k = 0; k < H; k++) s += w.wOut[j * H + k]! * h2[k]!;
    out.push(s);
  }
  return { h: h2, c: c2, out };
}
