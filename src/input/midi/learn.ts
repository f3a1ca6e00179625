/**
 * MIDI learn: arm a parameter, then the next knob or pad binds to it. Learned
 * bindings are kept in localStorage (they survive a reload) and can be exported
 * as the `midi` part of a config file.
 */
import type { ControlMapping, NoteMapping } from '../../config/schema.ts';

const KEY = 'scriptorium.midi.learned';

export interface Learned {
  controls: ControlMapping[];
  notes: NoteMapping[];
}

export class MidiLearn {
  armed: string | null = null;
  learned: Learned;
  onChange: () => void = () => undefined;

  constructor(private readonly storage: Storage | null) {
    this.learned = MidiLearn.read(storage);
  }

  private static read(storage: Storage | null): Learned {
    try {
      const v: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
      if (v && typeof v === 'object' && 'controls' in v && 'notes' in v && Array.isArray(v.controls) && Array.isArray(v.notes)) {
        return { controls: v.controls as ControlMapping[], notes: v.notes as NoteMapping[] };
      }
    } catch {
      // a corrupt entry starts learn afresh
    }
    return { controls: [], notes: [] };
  }

  arm(target: string | null): void {
    this.armed = target;
    this.onChange();
  }

  /** A knob moved while armed: bind it. Returns true if it was consumed by learn. */
  control(device: string, channel: number, cc: number): boolean {
    if (!this.armed) return false;
    const target = this.armed;
    const keep = (m: ControlMapping) => !(m.cc === cc && m.channel === channel && m.device === device) && m.target !== target;
    this.learned.controls = [...this.learned.controls.filter(keep), { cc, channel, device, target }];
    this.finish();
    return true;
  }

  note(device: string, channel: number, note: number): boolean {
    if (!this.armed) return false;
    const target = this.armed;
    const keep = (m: NoteMapping) => !(m.note === note && m.channel === channel && m.device === device) && m.target !== target;
    this.learned.notes = [...this.learned.notes.filter(keep), { note, channel, device, target }];
    this.finish();
    return true;
  }

  forget(): void {
    this.learned = { controls: [], notes: [] };
    this.save();
    this.onChange();
  }

  /** Config JSON with the given config mappings plus the learned ones. */
  exportJson(config: Learned): string {
    return JSON.stringify({ midi: { controls: [...config.controls, ...this.learned.controls], notes: [...config.notes, ...this.learned.notes] } }, null, 2);
  }

  private finish(): void {
    this.armed = null;
    this.save();
    this.onChange();
  }

  private save(): void {
    this.storage?.setItem(KEY, JSON.stringify(this.learned));
  }
}
