/** Wiring of the MIDI and OSC adapters to the registry, the show and the HUD. */
import type { Config } from '../config/schema.ts';
import type { Registry } from '../control/registry.ts';
import { MidiLearn } from '../input/midi/learn.ts';
import { MidiMapper } from '../input/midi/mapper.ts';
import { startMidi } from '../input/midi/webmidi.ts';
import { OscClient } from '../input/osc/client.ts';
import type { Hud } from '../render/hud.ts';
import { LearnPanel } from '../render/learn-panel.ts';
import type { ShowSurface } from '../show/surface.ts';

/** MIDI: config bindings, then learned ones (kept in this browser) on top. Returns the learn panel. */
export function setupMidi(config: Config, registry: Registry, hud: Hud): LearnPanel {
  const mapper = new MidiMapper(registry, { device: config.midi.device, takeover: config.midi.takeover });
  const learn = new MidiLearn(window.localStorage);
  const rebind = () => mapper.setBindings([...config.midi.controls, ...learn.learned.controls], [...config.midi.notes, ...learn.learned.notes]);
  rebind();
  const panel = new LearnPanel(document.body, registry, learn, () => learn.exportJson({ controls: config.midi.controls, notes: config.midi.notes }));
  const repaint = learn.onChange;
  learn.onChange = () => {
    repaint();
    rebind();
  };
  if (config.midi.enabled) void startMidi(mapper, learn, (state, text) => hud.setLink('midi', state, text));
  else hud.setLink('midi', 'off', 'disabled in config (midi.enabled)');
  return panel;
}

/** OSC: the bridge link, feedback of restarts, and the optional pen stream. */
export function setupOsc(config: Config, registry: Registry, show: ShowSurface, hud: Hud): OscClient {
  const wsHost = config.osc.wsHost === '0.0.0.0' ? '127.0.0.1' : config.osc.wsHost;
  const osc = new OscClient(`ws://${wsHost}:${config.osc.wsPort}`, registry, (s) => hud.setLink('osc', s.state, s.text));
  osc.connect();
  show.on('restarted', (e) => osc.sendRestarted(e.writer + 1));
  if (config.osc.penStream) {
    const pen: number[] = [];
    setInterval(() => {
      pen.length = 0;
      for (let i = 0; i < show.active; i++) pen.push(i + 1, show.x[i]! / window.innerWidth, show.y[i]! / window.innerHeight, show.penUp[i] ? 0 : 1);
      osc.sendPen(pen);
    }, 1000 / 60);
  }
  return osc;
}
