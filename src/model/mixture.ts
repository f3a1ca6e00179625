/**
 * The mixture-density head turned into a distribution over the next pen move.
 *
 * Temperature T (the reference's rule):
 *   pi_k    = softmax(logit_k / T)
 *   sigma_k = exp(logSigma_k) * T
 *   mu, rho (0.999 tanh) and the end-of-stroke probability are not tempered.
 * T is clamped to at least MIN_TEMPERATURE so that 0 on a knob means "as neat as
 * it gets" rather than a division by zero.
 */
export const MIN_TEMPERATURE = 0.01;
/** Training squashed the correlation to 0.999 tanh(.) so the density stays finite; sampling does the same. */
export const RHO_LIMIT = 0.999;

/** Offsets into one row of raw head outputs (see weights/manifest.json outputLayout). */
export function outputLayout(mixtures: number) {
  const m = mixtures;
  return { eos: 0, pi: 1, muX: 1 + m, muY: 1 + 2 * m, logSigmaX: 1 + 3 * m, logSigmaY: 1 + 4 * m, rho: 1 + 5 * m };
}

/** Mixture parameters for many writers, one row of M values per writer. */
export class MixtureBatch {
  readonly eos: Float32Array;
  readonly pi: Float32Array;
  readonly muX: Float32Array;
  readonly muY: Float32Array;
  readonly sigmaX: Float32Array;
  readonly sigmaY: Float32Array;
  readonly rho: Float32Array;

  constructor(readonly mixtures: number, readonly capacity: number) {
    const n = mixtures * capacity;
    this.eos = new Float32Array(capacity);
    this.pi = new Float32Array(n);
    this.muX = new Float32Array(n);
    this.muY = new Float32Array(n);
    this.sigmaX = new Float32Array(n);
    this.sigmaY = new Float32Array(n);
    this.rho = new Float32Array(n);
  }

  /** Fill row `i` from raw head outputs `out` starting at `at`, at temperature `t`. */
  setFromOutputs(i: number, out: Float32Array, at: number, t: number): void {
    const M = this.mixtures;
    const L = outputLayout(M);
    const temp = Math.max(MIN_TEMPERATURE, t);
    const base = i * M;
    this.eos[i] = 1 / (1 + Math.exp(-out[at + L.eos]!));
    let max = -Infinity;
    for (let k = 0; k < M; k++) max = Math.max(max, out[at + L.pi + k]! / temp);
    let sum = 0;
    for (let k = 0; k < M; k++) {
      const e = Math.exp(out[at + L.pi + k]! / temp - max);
      this.pi[base + k] = e;
      sum += e;
    }
    for (let k = 0; k < M; k++) {
      this.pi[base + k] = this.pi[base + k]! / sum;
      this.muX[base + k] = out[at + L.muX + k]!;
      this.muY[base + k] = out[at + L.muY + k]!;
      this.sigmaX[base + k] = Math.exp(out[at + L.logSigmaX + k]!) * temp;
      this.sigmaY[base + k] = Math.exp(out[at + L.logSigmaY + k]!) * temp;
      this.rho[base + k] = RHO_LIMIT * Math.tanh(out[at + L.rho + k]!);
    }
  }
}
