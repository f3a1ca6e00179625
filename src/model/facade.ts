/**
 * The tutorial's API for artists, on top of the batched engine:
 *
 *   let state = model.randomState();
 *   state = model.update([dx, dy, pen], state);
 *   const pdf = model.getPdf(state);
 *   [dx, dy, pen] = model.sample(pdf, temperature);
 *
 * Values are in model units (see units in weights/manifest.json). This layer
 * allocates small objects per call; the show uses PenBatch directly.
 */
import { PenBatch, RANDOM_STATE_STD } from './batch.ts';
import { MixtureBatch } from './mixture.ts';
import { Rng } from './rng.ts';
import { sampleMove } from './sampler.ts';
import type { PenWeights } from './weights.ts';

export type Move = [dx: number, dy: number, pen: number];

export interface PenState {
  readonly h: Float32Array;
  readonly c: Float32Array;
  /** raw head outputs after the last update */
  readonly out: Float32Array;
}

/** Untempered head outputs of one state; temperature is applied when sampling. */
export interface Pdf {
  readonly out: Float32Array;
}

export class HandwritingModel {
  private readonly one: PenBatch;
  private readonly scratch: MixtureBatch;
  private readonly move = new Float32Array(3);
  readonly rng: Rng;

  constructor(readonly weights: PenWeights, seed = 1) {
    this.one = new PenBatch(weights, 1, seed);
    this.scratch = new MixtureBatch(weights.mixtures, 1);
    this.rng = new Rng(seed);
  }

  zeroState(): PenState {
    const H = this.weights.hidden;
    return { h: new Float32Array(H), c: new Float32Array(H), out: new Float32Array(this.weights.outputs) };
  }

  randomState(std = RANDOM_STATE_STD): PenState {
    const s = this.zeroState();
    for (let k = 0; k < s.h.length; k++) {
      s.h[k] = Math.max(-1, Math.min(1, this.rng.normal() * std));
      s.c[k] = this.rng.normal() * std;
    }
    return s;
  }

  /** Feed one move (model units; pen = 1 if the pen lifted after the previous point). */
  update(input: readonly [number, number, number], state: PenState): PenState {
    const b = this.one;
    b.h.set(state.h);
    b.c.set(state.c);
    b.x[0] = input[0];
    b.x[1] = input[1];
    b.x[2] = input[2];
    b.stepState(1);
    return { h: b.h.slice(), c: b.c.slice(), out: b.out.slice() };
  }

  getPdf(state: PenState): Pdf {
    return { out: state.out.slice() };
  }

  /** The mixture's parameters at a temperature, as plain arrays (for views and teaching). */
  mixture(pdf: Pdf, temperature: number): MixtureBatch {
    const m = new MixtureBatch(this.weights.mixtures, 1);
    m.setFromOutputs(0, pdf.out, 0, temperature);
    return m;
  }

  sample(pdf: Pdf, temperature: number, rng: Rng = this.rng): Move {
    this.scratch.setFromOutputs(0, pdf.out, 0, temperature);
    sampleMove(this.scratch, 0, rng, this.move, 0);
    return [this.move[0]!, this.move[1]!, this.move[2]!];
  }

  /** Feed a recorded pen sequence through the model; returns the state after its last move. */
  prime(strokes: readonly Move[], state: PenState): PenState {
    let s = state;
    for (const m of strokes) s = this.update(m, s);
    return s;
  }
}
