import { describe, expect, it } from 'vitest';
import { type Change, type Problem, Registry } from '../../src/control/registry.ts';

const make = () => new Registry({ capacity: 4, glideSeconds: 0.4 });

describe('Registry', () => {
  it('clamps out-of-range writes and reports once per address and source', () => {
    const r = make();
    const problems: Problem[] = [];
    r.on('problem', (p) => problems.push(p));
    r.set('temperature', 9, 'osc');
    r.set('temperature', 12, 'osc');
    expect(r.get('temperature')).toBe(1.5);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('osc: temperature: 9 is outside 0.05-1.5; clamped to 1.5');
    r.set('temperature', 1, 'osc'); // in range again: the next bad value is reported again
    r.set('temperature', -3, 'osc');
    expect(problems).toHaveLength(2);
    r.set('temperature', 99, 'midi');
    expect(problems).toHaveLength(3);
  });

  it('takes normalised writes and maps them onto the range', () => {
    const r = make();
    r.set('speed/norm', 0.5, 'osc');
    expect(r.get('speed')).toBe(120);
    r.set('writer/2/temperature', 0, 'midi', { normalised: true });
    expect(r.targetForWriter('temperature', 1)).toBe(0.05);
    r.set('writers/norm', 1, 'osc');
    expect(r.get('writers')).toBe(4); // capacity is the top of the writers range
  });

  it('a writer override lasts until the next global change', () => {
    const r = make();
    r.set('writer/3/speed', 100, 'osc');
    expect(r.targetForWriter('speed', 2)).toBe(100);
    expect(r.targetForWriter('speed', 0)).toBe(45);
    r.set('speed', 60, 'midi');
    expect(r.targetForWriter('speed', 2)).toBe(60);
    expect(r.hasOverride('speed', 2)).toBe(false);
  });

  it('smoothed values glide to the target; others jump', () => {
    const r = make();
    r.set('temperature', 1.0, 'midi');
    expect(r.forWriter('temperature', 0)).toBe(0.5);
    r.tick(0.05);
    const mid = r.forWriter('temperature', 0);
    expect(mid).toBeGreaterThan(0.5);
    expect(mid).toBeLessThan(1.0);
    for (let i = 0; i < 60; i++) r.tick(1 / 60);
    expect(r.forWriter('temperature', 0)).toBeCloseTo(1.0, 3);
    r.set('hue', 90, 'osc');
    expect(r.forWriter('hue', 3)).toBe(90);
  });

  it('listeners get value, previous and source, in the order they subscribed', () => {
    const r = make();
    const seen: string[] = [];
    r.on('change', (c: Change) => seen.push(`a:${c.path}:${c.previous}->${c.value}:${c.source}`));
    r.on('change', (c: Change) => seen.push(`b:${c.path}`));
    r.set('writer/1/speed', 10, 'hud');
    expect(seen).toEqual(['a:writer/1/speed:45->10:hud', 'b:writer/1/speed']);
  });

  it('a throwing listener does not stop the others', () => {
    const r = make();
    let reached = false;
    r.on('change', () => {
      throw new Error('boom');
    });
    r.on('change', () => (reached = true));
    const err = console.error;
    console.error = () => undefined;
    r.set('speed', 10, 'key');
    console.error = err;
    expect(reached).toBe(true);
  });

  it('triggers fire events and hold no value', () => {
    const r = make();
    const fired: string[] = [];
    r.on('trigger', (t) => fired.push(`${t.path}:${t.source}`));
    r.fire('writer/3/restart', 'midi');
    r.fire('clear', 'osc');
    r.set('restart', 0, 'osc'); // zero does not fire
    expect(fired).toEqual(['writer/3/restart:midi', 'clear:osc']);
  });

  it('unknown paths are reported, not thrown', () => {
    const r = make();
    const problems: string[] = [];
    r.on('problem', (p) => problems.push(p.message));
    expect(r.set('writer/9/speed', 1, 'osc')).toBe(false);
    expect(r.set('volume', 1, 'osc')).toBe(false);
    expect(problems[0]).toMatch(/writer number "9" is not between 1 and 4/);
    expect(problems[1]).toMatch(/unknown parameter "volume"/);
  });

  it('scenes save and load as JSON keyed by path', () => {
    const r = make();
    r.set('temperature', 0.8, 'key');
    r.set('writer/2/speed', 12, 'key');
    r.set('pause', 1, 'key');
    const scene = JSON.parse(JSON.stringify(r.saveScene())) as Record<string, number>;
    expect(scene).toMatchObject({ temperature: 0.8, 'writer/2/speed': 12, pause: 1, speed: 45 });
    const other = make();
    other.loadScene(scene);
    expect(other.saveScene()).toEqual(r.saveScene());
  });
});
