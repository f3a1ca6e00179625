/**
 * MIDI messages to registry writes. Bindings come from config (midi.controls,
 * midi.notes) plus those made by MIDI learn. Messages nothing is bound to cost a
 * lookup and are ignored.
 */
import type { ControlMapping, NoteMapping } from '../../config/schema.ts';
import type { Registry } from '../../control/registry.ts';
import { type Target, parseTarget } from '../../control/params.ts';
import { relativeDelta } from './encoders.ts';
import { Pickup } from './takeover.ts';

interface CcBinding {
  readonly mapping: ControlMapping;
  readonly target: Target;
  readonly pickup: Pickup;
}

export interface MidiDefaults {
  device: string;
  takeover: 'pickup' | 'jump';
}

const deviceMatches = (pattern: string | undefined, fallback: string, name: string) => {
  const p = (pattern ?? fallback).trim().toLowerCase();
  return p === '' || p === '*' || name.toLowerCase().includes(p);
};

export class MidiMapper {
  private ccs: CcBinding[] = [];
  private notes: NoteMapping[] = [];

  constructor(private readonly registry: Registry, private readonly defaults: MidiDefaults) {}

  /** Replace all bindings (config first, learned after, so learned ones win). */
  setBindings(controls: ControlMapping[], notes: NoteMapping[]): void {
    this.ccs = [];
    for (const m of controls) {
      const t = parseTarget(m.target, this.registry.capacity);
      if (typeof t === 'string' || t.spec.kind === 'trigger') continue; // config validation already named it
      // a later binding of the same control replaces an earlier one
      this.ccs = this.ccs.filter((b) => !(b.mapping.cc === m.cc && b.mapping.channel === m.channel && b.mapping.device === m.device));
      this.ccs.push({ mapping: m, target: t, pickup: new Pickup() });
    }
    this.notes = [];
    for (const m of notes) {
      this.notes = this.notes.filter((b) => !(b.note === m.note && b.channel === m.channel && b.device === m.device));
      this.notes.push(m);
    }
  }

  /** Returns true when a binding took the message. */
  controlChange(device: string, channel: number, cc: number, raw: number): boolean {
    let handled = false;
    for (const b of this.ccs) {
      const m = b.mapping;
      if (m.cc !== cc || (m.channel !== undefined && m.channel !== channel) || !deviceMatches(m.device, this.defaults.device, device)) continue;
      handled = true;
      const spec = this.registry.spec(b.target.spec.name); // the registry's copy knows this show's writer count
      const range = spec.max - spec.min;
      const w = b.target.writer;
      const current = ((w === null ? this.registry.get(spec.name) : this.registry.targetForWriter(spec.name, w)) - spec.min) / range;
      const mode = m.mode ?? 'absolute';
      let next: number;
      if (mode === 'absolute') {
        next = raw / 127;
        if ((m.takeover ?? this.defaults.takeover) === 'pickup' && !b.pickup.accept(next, current)) continue;
      } else {
        const stepNorm = (spec.step ?? range / 127) / range;
        next = Math.max(0, Math.min(1, current + relativeDelta(mode, raw) * stepNorm));
      }
      this.registry.write(b.target, next, 'midi', true);
      const after = ((w === null ? this.registry.get(spec.name) : this.registry.targetForWriter(spec.name, w)) - spec.min) / range;
      b.pickup.wrote(after);
    }
    return handled;
  }

  noteOn(device: string, channel: number, note: number, velocity: number): boolean {
    if (velocity <= 0) return false;
    let handled = false;
    for (const m of this.notes) {
      if (m.note !== note || (m.channel !== undefined && m.channel !== channel) || !deviceMatches(m.device, this.defaults.device, device)) continue;
      handled = true;
      const scene = /^scene\/([0-9])$/.exec(m.target);
      if (scene) {
        // the registry's "scene" trigger carries the number to recall
        this.registry.set('scene', Number(scene[1]), 'midi');
        continue;
      }
      const t = parseTarget(m.target, this.registry.capacity);
      if (typeof t === 'string') continue;
      if (t.spec.kind === 'toggle') {
        const cur = t.writer === null ? this.registry.get(t.spec.name) : this.registry.targetForWriter(t.spec.name, t.writer);
        this.registry.write(t, cur ? 0 : 1, 'midi', false);
      } else this.registry.write(t, 1, 'midi', false);
    }
    return handled;
  }

  /** Bindings waiting for pick-up, for the HUD. */
  waiting(): string[] {
    return this.ccs.filter((b) => (b.mapping.mode ?? 'absolute') === 'absolute' && b.pickup.waiting).map((b) => b.mapping.target);
  }
}
