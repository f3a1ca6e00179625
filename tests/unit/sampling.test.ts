import { beforeAll, describe, expect, it } from 'vitest';
import { PenBatch } from '../../src/model/batch.ts';
import type { PenWeights } from '../../src/model/weights.ts';
import { shippedWeights } from './helpers.ts';

let w: PenWeights;
beforeAll(async () => {
  w = await shippedWeights();
});

/** Free writing for one writer: returns the moves (dx, dy, pen) in model units. */
function write(seed: number, steps: number, temperature: number, writers = 1): Float32Array[] {
  const b = new PenBatch(w, writers, seed);
  for (let i = 0; i < writers; i++) {
    b.randomState(i);
    b.temperature[i] = temperature;
  }
  const out = Array.from({ length: writers }, () => new Float32Array(steps * 3));
  for (let t = 0; t < steps; t++) {
    b.step(writers);
    for (let i = 0; i < writers; i++) out[i]!.set(b.x.subarray(i * 3, i * 3 + 3), t * 3);
  }
  return out;
}

function stats(m: Float32Array, from: number, to: number) {
  let pen = 0, stepSum = 0, n = 0;
  const xs: number[] = [];
  for (let t = from; t < to; t++) {
    const dx = m[t * 3]!, dy = m[t * 3 + 1]!;
    pen += m[t * 3 + 2]!;
    stepSum += Math.hypot(dx * w.scaleX, dy * w.scaleY);
    xs.push(dx);
    n++;
  }
  return { penUp: pen / n, meanStep: stepSum / n };
}

describe('sampling', () => {
  it('the same seed gives the same strokes, another seed other strokes', () => {
    const [a] = write(5, 300, 0.5);
    const [b] = write(5, 300, 0.5);
    const [c] = write(6, 300, 0.5);
    expect(Array.from(b!)).toEqual(Array.from(a!));
    expect(Array.from(c!)).not.toEqual(Array.from(a!));
  });

  it('a writer writes the same whatever else is in its batch', () => {
    const [alone] = write(5, 200, 0.5, 1);
    const [first] = write(5, 200, 0.5, 5);
    expect(Array.from(first!)).toEqual(Array.from(alone!));
  });

  it('lower temperature samples closer to the mixture means', () => {
    // spread of the sampled move around the mean of the chosen mixture, measured
    // through the spread of pen-down steps across many writers and steps
    const spread = (t: number) => {
      const moves = write(11, 400, t, 8);
      const d: number[] = [];
      for (const m of moves) for (let s = 0; s < 400; s++) if (m[s * 3 + 2] === 0) d.push(m[s * 3 + 1]!);
      const mean = d.reduce((a, b) => a + b, 0) / d.length;
      return Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / d.length);
    };
    const cold = spread(0.2), warm = spread(0.65), hot = spread(1.2);
    expect(cold).toBeLessThan(warm);
    expect(warm).toBeLessThan(hot);
  });

  it('lifts the pen at a handwriting-like rate', () => {
    const [m] = write(3, 3000, 0.5);
    const { penUp } = stats(m!, 0, 3000);
    // training data lifts about once every 36 points (eos rate 0.028); allow a wide band
    expect(penUp).toBeGreaterThan(0.005);
    expect(penUp).toBeLessThan(0.12);
  });

  it('10,000 steps of free writing stay finite and keep their statistics', { timeout: 60_000 }, () => {
    const b = new PenBatch(w, 1, 21);
    b.randomState(0);
    b.temperature[0] = 0.5;
    const m = new Float32Array(10000 * 3);
    let broken = 0;
    for (let t = 0; t < 10000; t++) {
      broken += b.step(1);
      m.set(b.x.subarray(0, 3), t * 3);
    }
    expect(broken).toBe(0);
    expect(m.every(Number.isFinite)).toBe(true);
    const first = stats(m, 0, 1000);
    for (let win = 1; win < 10; win++) {
      const s = stats(m, win * 1000, (win + 1) * 1000);
      expect(s.meanStep / first.meanStep, `window ${win} step size`).toBeGreaterThan(0.6);
      expect(s.meanStep / first.meanStep, `window ${win} step size`).toBeLessThan(1.6);
      expect(Math.abs(s.penUp - first.penUp), `window ${win} pen-up rate`).toBeLessThan(0.04);
    }
  });

  it('a writer whose state explodes is flagged and recovers after a restart', () => {
    const b = new PenBatch(w, 2, 1);
    b.randomState(0);
    b.randomState(1);
    b.c[w.hidden * 1 + 3] = NaN;
    expect(b.step(2)).toBe(1);
    expect(Array.from(b.broken)).toEqual([0, 1]);
    b.randomState(1);
    expect(b.step(2)).toBe(0);
  });
});

describe('stepping a subset of writers', () => {
  it('steps only the rows asked for and writes them as if alone', () => {
    const b = new PenBatch(w, 6, 2);
    for (let i = 0; i < 6; i++) b.randomState(i);
    const before = b.h.slice();
    const rows = Int32Array.from([4, 1, 5]);
    b.stepRows(rows, 3);
    const H = w.hidden;
    for (const untouched of [0, 2, 3]) expect(Array.from(b.h.subarray(untouched * H, (untouched + 1) * H))).toEqual(Array.from(before.subarray(untouched * H, (untouched + 1) * H)));
    // the stepped rows match a batch that stepped every writer from the same start
    const ref = new PenBatch(w, 6, 2);
    for (let i = 0; i < 6; i++) ref.randomState(i);
    ref.step(6);
    for (const stepped of [1, 4, 5]) expect(Array.from(b.h.subarray(stepped * H, (stepped + 1) * H))).toEqual(Array.from(ref.h.subarray(stepped * H, (stepped + 1) * H)));
  });
});
