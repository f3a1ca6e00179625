import { describe, expect, it } from 'vitest';
import { Pacer } from '../../src/show/pace.ts';

const run = (fps: number, seconds: number, speed: number) => {
  const p = new Pacer(1);
  let steps = 0;
  for (let f = 0; f < fps * seconds; f++) steps += p.due(0, speed, 1 / fps);
  return steps;
};

describe('Pacer', () => {
  it('writes the same number of steps at 30 and 60 fps', () => {
    expect(run(30, 10, 45)).toBe(450);
    expect(run(60, 10, 45)).toBe(450);
    expect(run(144, 10, 45)).toBeGreaterThanOrEqual(449);
  });

  it('keeps fractions: 0.5 steps/s at 60 fps takes a step every two seconds', () => {
    expect(run(60, 10, 0.5)).toBe(5);
  });

  it('does not burst after a long stall', () => {
    const p = new Pacer(1);
    expect(p.due(0, 60, 5)).toBe(15);
  });
});
