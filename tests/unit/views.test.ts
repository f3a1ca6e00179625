import { beforeAll, describe, expect, it } from 'vitest';
import { PenBatch } from '../../src/model/batch.ts';
import type { PenWeights } from '../../src/model/weights.ts';
import { covarianceEllipse } from '../../src/views/ellipse.ts';
import { Futures } from '../../src/views/futures.ts';
import { VisitorGroups, strokesToMoves } from '../../src/views/visitor.ts';
import { shippedWeights } from './helpers.ts';

let w: PenWeights;
beforeAll(async () => {
  w = await shippedWeights();
});

describe('priming', () => {
  it('leaves exactly the state of feeding the sequence step by step', () => {
    const moves = new Float32Array([0, 0, 1, 0.5, -0.2, 0, 0.3, 0.4, 0, -0.1, 0.2, 1, 1.5, 0.1, 0]);
    const a = new PenBatch(w, 3, 1);
    [0, 1, 2].forEach((i) => a.randomState(i));
    a.zeroState(1);
    a.prime(1, moves);
    a.step(3);

    const b = new PenBatch(w, 1, 1);
    b.zeroState(0);
    for (let k = 0; k < 5; k++) {
      b.x.set(moves.subarray(k * 3, k * 3 + 3), 0);
      b.stepState(1);
    }
    const H = w.hidden;
    expect(Array.from(a.h.subarray(H, 2 * H))).toEqual(Array.from(b.h));
    expect(Array.from(a.c.subarray(H, 2 * H))).toEqual(Array.from(b.c));
    // writers 0 and 2 were not touched by the priming: same as a batch that never primed
    const ref = new PenBatch(w, 3, 1);
    [0, 1, 2].forEach((i) => ref.randomState(i));
    ref.step(3);
    for (const i of [0, 2]) expect(Array.from(a.h.subarray(i * H, (i + 1) * H))).toEqual(Array.from(ref.h.subarray(i * H, (i + 1) * H)));
  });
});

describe('futures', () => {
  it('never change the writer they preview: state and random stream stay as they were', () => {
    const real = new PenBatch(w, 2, 9);
    real.randomState(0);
    real.randomState(1);
    for (let s = 0; s < 20; s++) real.step(2);
    const twin = new PenBatch(w, 2, 9);
    twin.h.set(real.h);
    twin.c.set(real.c);
    twin.x.set(real.x);
    real.rngs.forEach((r, i) => (twin.rngs[i] = r.clone()));
    const f = new Futures(w, 5, 30);
    f.refresh(real, 1, 100, 100, true, 2, 2);
    expect(f.valid).toBe(true);
    // the five futures differ from each other
    expect(Array.from(f.paths[0]!)).not.toEqual(Array.from(f.paths[1]!));
    for (let s = 0; s < 50; s++) {
      real.step(2);
      twin.step(2);
    }
    expect(Array.from(real.x)).toEqual(Array.from(twin.x));
    expect(Array.from(real.h)).toEqual(Array.from(twin.h));
  });
});

describe('mixture view ellipses', () => {
  it('have the covariance of the component they draw', () => {
    for (const [sx, sy, rho] of [[2, 1, 0], [1, 3, 0], [2, 1, 0.8], [1.5, 2.5, -0.6], [1, 1, 0.3]] as const) {
      const e = covarianceEllipse(sx, sy, rho);
      // rebuild the covariance R diag(rx^2, ry^2) R^T and compare
      const c = Math.cos(e.angle), s = Math.sin(e.angle);
      const a = c * c * e.rx ** 2 + s * s * e.ry ** 2;
      const d = s * s * e.rx ** 2 + c * c * e.ry ** 2;
      const b = c * s * (e.rx ** 2 - e.ry ** 2);
      expect(a).toBeCloseTo(sx * sx, 9);
      expect(d).toBeCloseTo(sy * sy, 9);
      expect(b).toBeCloseTo(rho * sx * sy, 9);
    }
  });
});

describe('visitor strokes', () => {
  it('are resampled at the pen spacing, with the pen lifted after each stroke', () => {
    const moves = strokesToMoves([[0, 0, 10, 0], [20, 0, 20, 4]], 2, 1, 1);
    const rows = Array.from({ length: moves.length / 3 }, (_, k) => Array.from(moves.subarray(k * 3, k * 3 + 3)));
    expect(rows[0]).toEqual([0, 0, 0]);
    expect(rows.slice(1, 6).every((r) => r[0] === 2 && r[1] === 0)).toBe(true);
    expect(rows[5]![2]).toBe(1); // end of the first stroke at x = 10
    expect(rows[6]).toEqual([10, 0, 0]); // the pen-up jump to the second stroke
    expect(rows[rows.length - 1]![2]).toBe(1);
    expect(rows.slice(7).reduce((a, r) => a + r[1]!, 0)).toBeCloseTo(4);
  });

  it('group strokes by place: one word from several strokes, two visitors apart', () => {
    const g = new VisitorGroups(100, 500);
    const a = g.startStroke(10, 10, 0);
    g.extend(a, 40, 10, 10);
    g.endStroke(a, 20);
    const a2 = g.startStroke(45, 12, 100); // next letter, a new touch
    expect(a2).toBe(a);
    g.endStroke(a2, 120);
    const b = g.startStroke(900, 500, 130); // someone else
    expect(b).not.toBe(a);
    g.endStroke(b, 140);
    expect(g.takeFinished(400)).toEqual([]);
    expect(g.takeFinished(700)).toHaveLength(2);
  });
});
