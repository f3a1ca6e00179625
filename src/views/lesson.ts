/**
 * The temperature lesson: the 1-D mixture of a writer's next x-move,
 * p(dx) = sum_k pi_k N(dx; mu_x,k, sigma_x,k), at its current temperature.
 */
import type { MixtureBatch } from '../model/mixture.ts';

/** Density of the x-marginal of row `i` at each of `xs` (model units). */
export function xMarginal(pdf: MixtureBatch, i: number, xs: Float64Array, out: Float64Array): void {
  const M = pdf.mixtures, base = i * M;
  for (let j = 0; j < xs.length; j++) {
    let p = 0;
    for (let k = 0; k < M; k++) {
      const s = pdf.sigmaX[base + k]!;
      const z = (xs[j]! - pdf.muX[base + k]!) / s;
      p += (pdf.pi[base + k]! * Math.exp(-0.5 * z * z)) / (s * Math.sqrt(2 * Math.PI));
    }
    out[j] = p;
  }
}
