/**
 * The Web MIDI side, through webmidi 3: enable, attach to every input once (by
 * port id, so a device that is unplugged and plugged back keeps working without
 * duplicate listeners), report devices and problems to the HUD.
 */
import { type Input, WebMidi } from 'webmidi';
import type { LinkState } from '../../render/hud.ts';
import type { MidiLearn } from './learn.ts';
import type { MidiMapper } from './mapper.ts';

export type MidiStatus = (state: LinkState, text: string) => void;

export async function startMidi(mapper: MidiMapper, learn: MidiLearn, status: MidiStatus): Promise<void> {
  if (typeof navigator === 'undefined' || !('requestMIDIAccess' in navigator)) {
    status('off', 'this browser has no Web MIDI (use Chrome, Edge or Firefox; Safari has none)');
    return;
  }
  status('off', 'asking for MIDI permission...');
  try {
    await WebMidi.enable({ sysex: false });
  } catch (e) {
    status('bad', `MIDI is off: permission denied or not available (${(e as Error).message}). The show runs without it.`);
    return;
  }
  const attached = new Map<string, Input>();
  const report = () => {
    const names = WebMidi.inputs.map((i) => i.name);
    status(names.length ? 'ok' : 'off', names.length ? `inputs: ${names.join(', ')}` : 'no MIDI input connected (plug one in, no reload needed)');
  };
  const attach = () => {
    for (const input of WebMidi.inputs) {
      if (attached.get(input.id) === input) continue;
      attached.get(input.id)?.removeListener();
      attached.set(input.id, input);
      input.addListener('controlchange', (e) => {
        const name = input.name;
        const ch = e.message.channel;
        const cc = e.controller.number;
        if (learn.control(name, ch, cc)) return;
        mapper.controlChange(name, ch, cc, e.rawValue ?? 0);
      });
      input.addListener('noteon', (e) => {
        const name = input.name;
        const ch = e.message.channel;
        const velocity = e.note.rawAttack;
        if (velocity > 0 && learn.note(name, ch, e.note.number)) return;
        mapper.noteOn(name, ch, e.note.number, velocity);
      });
    }
    report();
  };
  WebMidi.addListener('connected', attach);
  WebMidi.addListener('disconnected', report);
  attach();
}
