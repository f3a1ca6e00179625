import { describe, expect, it } from 'vitest';
import { Registry } from '../../src/control/registry.ts';
import { relativeDelta } from '../../src/input/midi/encoders.ts';
import { MidiLearn } from '../../src/input/midi/learn.ts';
import { MidiMapper } from '../../src/input/midi/mapper.ts';
import { Pickup } from '../../src/input/midi/takeover.ts';

describe('relative encoders', () => {
  it("decode two's complement, binary offset and sign-magnitude", () => {
    expect([1, 5, 63, 127, 123, 65].map((v) => relativeDelta('relative-twos', v))).toEqual([1, 5, 63, -1, -5, -63]);
    expect([65, 70, 64, 63, 58].map((v) => relativeDelta('relative-binary', v))).toEqual([1, 6, 0, -1, -6]);
    expect([1, 5, 65, 69, 64].map((v) => relativeDelta('relative-sign', v))).toEqual([1, 5, -1, -5, -0]);
  });
});

describe('pick-up', () => {
  it('ignores a knob until it reaches the value, then follows it', () => {
    const p = new Pickup();
    expect(p.accept(0.1, 0.5)).toBe(false);
    expect(p.accept(0.3, 0.5)).toBe(false);
    expect(p.accept(0.55, 0.5)).toBe(true); // passed through 0.5
    p.wrote(0.55);
    expect(p.accept(0.9, 0.55)).toBe(true);
  });

  it('waits again when the value was changed elsewhere', () => {
    const p = new Pickup();
    expect(p.accept(0.5, 0.5)).toBe(true);
    p.wrote(0.5);
    expect(p.accept(0.52, 0.2)).toBe(false); // OSC moved it to 0.2
    expect(p.accept(0.1, 0.2)).toBe(true);
  });
});

const registry = () => new Registry({ capacity: 8, glideSeconds: 0 });

describe('MidiMapper', () => {
  it('an absolute CC moves its target; pick-up holds it until the knob reaches the value', () => {
    const r = registry();
    const m = new MidiMapper(r, { device: '*', takeover: 'pickup' });
    m.setBindings([{ cc: 22, target: 'writer/2/temperature' }], []);
    // temperature 0.5 is at 0.31 of 0.05-1.5; a knob at 1.0 does nothing yet
    m.controlChange('nanoKONTROL2', 1, 22, 127);
    expect(r.targetForWriter('temperature', 1)).toBe(0.5);
    m.controlChange('nanoKONTROL2', 1, 22, 40); // passes 0.31
    m.controlChange('nanoKONTROL2', 1, 22, 64);
    expect(r.targetForWriter('temperature', 1)).toBeCloseTo(0.05 + (64 / 127) * 1.45, 5);
    expect(r.targetForWriter('temperature', 0)).toBe(0.5);
  });

  it('jump takeover writes at once; channel and device filters apply', () => {
    const r = registry();
    const m = new MidiMapper(r, { device: 'launch', takeover: 'jump' });
    m.setBindings([{ cc: 1, target: 'speed', channel: 2 }], []);
    expect(m.controlChange('Launch Control XL', 1, 1, 127)).toBe(false);
    expect(m.controlChange('Other Box', 2, 1, 127)).toBe(false);
    expect(m.controlChange('Launch Control XL', 2, 1, 127)).toBe(true);
    expect(r.get('speed')).toBe(240);
  });

  it('relative encoders step the value', () => {
    const r = registry();
    const m = new MidiMapper(r, { device: '*', takeover: 'pickup' });
    m.setBindings([{ cc: 5, target: 'writers', mode: 'relative-twos' }], []);
    m.controlChange('x', 1, 5, 1);
    m.controlChange('x', 1, 5, 1);
    expect(r.get('writers')).toBe(8);
    m.controlChange('x', 1, 5, 127);
    expect(r.get('writers')).toBe(7);
  });

  it('notes fire triggers, flip toggles and recall scenes; unmapped messages do nothing', () => {
    const r = registry();
    const m = new MidiMapper(r, { device: '*', takeover: 'pickup' });
    const scenes: number[] = [];
    r.on('trigger', (t) => t.name === 'scene' && scenes.push(t.value));
    m.setBindings([], [{ note: 36, target: 'writer/3/restart' }, { note: 40, target: 'pause' }, { note: 44, target: 'scene/2' }]);
    const fired: string[] = [];
    r.on('trigger', (t) => fired.push(t.path));
    m.noteOn('x', 1, 36, 100);
    m.noteOn('x', 1, 36, 0); // velocity 0 is a note-off
    m.noteOn('x', 1, 40, 90);
    m.noteOn('x', 1, 44, 90);
    expect(m.noteOn('x', 1, 99, 90)).toBe(false);
    expect(m.controlChange('x', 1, 99, 5)).toBe(false);
    expect(fired).toEqual(['writer/3/restart', 'scene']);
    expect(r.get('pause')).toBe(1);
    expect(scenes).toEqual([2]);
  });
});

describe('MidiLearn', () => {
  const memory = () => {
    const data = new Map<string, string>();
    return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) } as unknown as Storage;
  };

  it('binds the next knob to the armed parameter, keeps it across reloads and exports it', () => {
    const store = memory();
    const l = new MidiLearn(store);
    expect(l.control('dev', 1, 7)).toBe(false);
    l.arm('writer/1/temperature');
    expect(l.control('dev', 1, 7)).toBe(true);
    expect(l.armed).toBeNull();
    const again = new MidiLearn(store);
    expect(again.learned.controls).toEqual([{ cc: 7, channel: 1, device: 'dev', target: 'writer/1/temperature' }]);
    const json = JSON.parse(again.exportJson({ controls: [{ cc: 1, target: 'speed' }], notes: [] })) as { midi: { controls: unknown[] } };
    expect(json.midi.controls).toHaveLength(2);
  });
});
