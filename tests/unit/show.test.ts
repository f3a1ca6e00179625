import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/config/schema.ts';
import { Registry } from '../../src/control/registry.ts';
import type { PenWeights } from '../../src/model/weights.ts';
import { Show } from '../../src/show/show.ts';
import { shippedWeights } from './helpers.ts';

let w: PenWeights;
beforeAll(async () => {
  w = await shippedWeights();
});
const defaults: unknown = JSON.parse(readFileSync(new URL('../../config/default.json', import.meta.url), 'utf8'));

function makeShow(user: object = {}, page = { width: 1200, height: 800 }) {
  const { config } = resolveConfig(defaults, { maxWriters: 8, seed: 1, ...user });
  const reg = new Registry({ capacity: config.maxWriters, glideSeconds: config.glideSeconds, defaults: { writers: config.writers, temperature: config.temperature, speed: config.speed } });
  return { show: new Show(w, config as Config, reg, page), reg };
}

function inkSegments(show: Show, i: number): number {
  let n = 0;
  const buf = show.ink[i]!;
  for (let k = 2; k < show.inkLength[i]!; k += 3) n += buf[k]!;
  return n;
}

describe('Show', () => {
  it('every active writer puts ink down and advances at its speed, at 30 and at 60 fps', () => {
    for (const fps of [30, 60]) {
      const { show } = makeShow({ writers: 3, speed: 60 });
      const drawn = [0, 0, 0];
      for (let f = 0; f < fps * 4; f++) {
        show.tick(1 / fps);
        for (let i = 0; i < 3; i++) drawn[i]! += inkSegments(show, i);
      }
      for (let i = 0; i < 3; i++) {
        expect(show.steps[i], `fps ${fps} writer ${i + 1}`).toBeGreaterThanOrEqual(235);
        expect(show.steps[i]).toBeLessThanOrEqual(241);
        expect(drawn[i]).toBeGreaterThan(100);
      }
    }
  });

  it('a per-writer speed override changes that writer only', () => {
    const { show, reg } = makeShow({ writers: 2, speed: 30, glideSeconds: 0 });
    reg.set('writer/2/speed', 120, 'osc');
    for (let f = 0; f < 120; f++) show.tick(1 / 60);
    expect(show.steps[0]).toBeCloseTo(60, -1);
    expect(show.steps[1]).toBeCloseTo(240, -1);
  });

  it('writers stay within the margins and move down their lines', () => {
    const { show } = makeShow({ writers: 2, speed: 240, layout: { pageFull: 'clear' } }, { width: 500, height: 800 });
    const lines = new Set<number>();
    for (let f = 0; f < 60 * 20; f++) {
      show.tick(1 / 60);
      lines.add(show.line[0]!);
      for (let i = 0; i < 2; i++) {
        expect(show.x[i]!).toBeLessThanOrEqual(500 - 48 + 0.5 * 64 + 1);
        expect(show.x[i]!).toBeGreaterThanOrEqual(48 - 64 - 1);
      }
    }
    expect(lines.size).toBeGreaterThan(2);
  });

  it('a full page is renewed by the chosen policy', () => {
    for (const policy of ['clear', 'scroll', 'fade'] as const) {
      const { show } = makeShow({ writers: 2, speed: 240, layout: { pageFull: policy, fadeSeconds: 1 } }, { width: 400, height: 300 });
      const seen = new Set<string>();
      for (let f = 0; f < 60 * 60 && seen.size === 0; f++) {
        show.tick(1 / 60);
        for (const op of show.pageOps.splice(0)) if (op.kind !== 'clear' || policy === 'clear') seen.add(op.kind);
      }
      expect([...seen], policy).toEqual([policy]);
      for (let i = 0; i < 2; i++) expect(show.y[i]!, `${policy}: writer ${i + 1} on the page`).toBeLessThan(300);
    }
  });

  it('restart gives a writer a new state, a new colour and a new line', () => {
    const { show, reg } = makeShow({ writers: 3 });
    for (let f = 0; f < 30; f++) show.tick(1 / 60);
    const before = show.snapshot()[2]!;
    reg.fire('writer/3/restart', 'key');
    const after = show.snapshot()[2]!;
    expect(after.restarts).toBe(before.restarts + 1);
    expect(after.stateSignature).not.toBe(before.stateSignature);
    expect(after.colour).not.toEqual(before.colour);
    expect(after.line).toBe(before.line + 1);
    expect(show.snapshot()[0]!.restarts).toBe(0);
  });

  it('pause holds every writer', () => {
    const { show, reg } = makeShow({ writers: 2 });
    reg.set('pause', 1, 'key');
    for (let f = 0; f < 60; f++) show.tick(1 / 60);
    expect(show.steps[0]).toBe(0);
  });
});

describe('baseline', () => {
  it('hands stay on their ruled line over a minute of writing', () => {
    const { show } = makeShow({ writers: 3, speed: 60, layout: { pageFull: 'clear', lineHeight: 64 } }, { width: 1600, height: 1200 });
    const offsets: number[][] = [[], [], []];
    for (let f = 0; f < 60 * 60; f++) {
      show.tick(1 / 60);
      for (let i = 0; i < 3; i++) offsets[i]!.push(show.y[i]! - show.layout.baseline(i, show.line[i]!)!);
    }
    for (const o of offsets) {
      // the writing's centre stays within 0.4 lines of its ruled line, in every 10 s
      for (let k = 0; k < o.length; k += 600) {
        const win = o.slice(k, k + 600);
        const mean = win.reduce((a, b) => a + b, 0) / win.length;
        expect(Math.abs(mean)).toBeLessThan(0.4 * 64);
      }
    }
  });
});
