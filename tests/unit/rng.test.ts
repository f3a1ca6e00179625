import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/model/rng.ts';

describe('Rng', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = new Rng(42), b = new Rng(42), c = new Rng(43);
    const sa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa);
  });

  it('draws standard normals', () => {
    const r = new Rng(1);
    const n = 20000;
    let s = 0, s2 = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.03);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.05);
  });

  it('clones an independent stream', () => {
    const r = new Rng(9);
    r.next();
    const copy = r.clone();
    const fromCopy = [copy.next(), copy.normal()];
    expect([r.next(), r.normal()]).toEqual(fromCopy);
  });
});
