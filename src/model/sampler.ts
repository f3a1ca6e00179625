/** Drawing one pen move from a writer's mixture. All randomness comes from the Rng passed in. */
import type { MixtureBatch } from './mixture.ts';
import type { Rng } from './rng.ts';

/**
 * Index k with probability p[base + k]. Never returns an index outside [0, m) or
 * one whose weight is 0, even when the weights do not sum to exactly 1.
 */
export function sampleCategorical(p: Float32Array, base: number, m: number, u: number): number {
  let total = 0;
  for (let k = 0; k < m; k++) total += p[base + k]!;
  let target = u * total;
  let last = 0;
  for (let k = 0; k < m; k++) {
    const w = p[base + k]!;
    if (w > 0) {
      last = k;
      if (target < w) return k;
      target -= w;
    }
  }
  return last;
}

/**
 * Sample row `i` of the mixture into out[at..at+2] = (dx, dy, pen), model units.
 * pen is 1 when the pen lifts after this point.
 */
export function sampleMove(pdf: MixtureBatch, i: number, rng: Rng, out: Float32Array, at: number): void {
  const M = pdf.mixtures;
  const base = i * M;
  const k = base + sampleCategorical(pdf.pi, base, M, rng.next());
  const z1 = rng.normal();
  const z2 = rng.normal();
  const rho = pdf.rho[k]!;
  out[at] = pdf.muX[k]! + pdf.sigmaX[k]! * (Math.sqrt(1 - rho * rho) * z1 + rho * z2);
  out[at + 1] = pdf.muY[k]! + pdf.sigmaY[k]! * z2;
  out[at + 2] = rng.next() < pdf.eos[i]! ? 1 : 0;
}
