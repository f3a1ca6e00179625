import { describe, expect, it } from 'vitest';
import { sampleCategorical } from '../../src/model/sampler.ts';

describe('sampleCategorical', () => {
  it('never returns an index with zero weight or outside the range', () => {
    const p = new Float32Array([0, 0.3, 0, 0.7, 0]);
    for (const u of [0, 1e-9, 0.299, 0.3, 0.9999999, 1, 1.5]) {
      const k = sampleCategorical(p, 0, 5, u);
      expect([1, 3]).toContain(k);
    }
  });

  it('follows the weights', () => {
    const p = new Float32Array([0.2, 0.8]);
    let ones = 0;
    for (let i = 0; i < 1000; i++) ones += sampleCategorical(p, 0, 2, (i + 0.5) / 1000);
    expect(ones).toBe(800);
  });

  it('copes with weights that do not sum to one', () => {
    const p = new Float32Array([2, 2]);
    expect(sampleCategorical(p, 0, 2, 0.49)).toBe(0);
    expect(sampleCategorical(p, 0, 2, 0.51)).toBe(1);
  });
});
