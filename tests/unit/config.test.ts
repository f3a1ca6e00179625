import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.ts';

const defaults: unknown = JSON.parse(readFileSync(new URL('../../config/default.json', import.meta.url), 'utf8'));

describe('config', () => {
  it('the shipped default config is valid on its own', () => {
    const r = resolveConfig(defaults, undefined);
    expect(r.problems).toEqual([]);
    expect(r.config.writers).toBe(6);
  });

  it('a user file overrides only what it names', () => {
    const r = resolveConfig(defaults, { writers: 12, layout: { pageFull: 'scroll' } });
    expect(r.problems).toEqual([]);
    expect(r.config.writers).toBe(12);
    expect(r.config.layout.pageFull).toBe('scroll');
    expect(r.config.layout.lineHeight).toBe(64);
  });

  it('names each bad field with what is allowed and falls back to its default', () => {
    const r = resolveConfig(defaults, {
      writers: 'many',
      temperature: 9,
      layout: { pageFull: 'wipe' },
      background: 'blue',
      colour: 'red',
    });
    const text = r.problems.join('\n');
    expect(text).toMatch(/^writers: .*number.*got "many"; using 6$/m);
    expect(text).toMatch(/^temperature: .*1\.5.*got 9; using 0\.5$/m);
    expect(text).toMatch(/^layout\.pageFull: .*"clear".*"fade".*"scroll".*got "wipe"; using "fade"$/m);
    expect(text).toMatch(/^background: .*#f4d35e.*got "blue"/m);
    expect(text).toMatch(/^colour: unknown setting, ignored$/m);
    expect(r.config.writers).toBe(6);
    expect(r.config.temperature).toBe(0.5);
    expect(r.config.layout.pageFull).toBe('fade');
  });

  it('drops a MIDI mapping with a bad target and keeps the good ones', () => {
    const r = resolveConfig(defaults, {
      midi: { controls: [{ cc: 7, target: 'speed' }, { cc: 8, target: 'writer/99/speed' }, { cc: 300, target: 'speed' }] },
    });
    expect(r.config.midi.controls).toEqual([{ cc: 7, target: 'speed' }]);
    expect(r.problems.some((p) => p.includes('midi.controls.1.target') && p.includes('writer number'))).toBe(true);
    expect(r.problems.some((p) => p.includes('midi.controls.2.cc'))).toBe(true);
  });

  it('a file that is not an object is reported and the defaults are used', () => {
    const r = resolveConfig(defaults, [1, 2], 'my.json');
    expect(r.problems[0]).toMatch(/my\.json: expected a JSON object/);
    expect(r.config.writers).toBe(6);
  });
});
