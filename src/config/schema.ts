/**
 * The shape of config/default.json and the user's config/local.json.
 * Values here are what a file may hold; live values then go into the registry.
 */
import * as z from 'zod';
import { PARAMS, parseTarget } from '../control/params.ts';

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like "#f4d35e"');
const range = (p: (typeof PARAMS)[number]) => z.number().min(p.min).max(p.max);
const spec = (name: string) => PARAMS.find((p) => p.name === name)!;

export const MAX_WRITERS = 256;

const midiChannel = z.number().int().min(1).max(16);

const controlMapping = z.strictObject({
  cc: z.number().int().min(0).max(127),
  target: z.string().min(1),
  channel: midiChannel.optional(),
  device: z.string().optional(),
  mode: z.enum(['absolute', 'relative-twos', 'relative-binary', 'relative-sign']).optional(),
  takeover: z.enum(['pickup', 'jump']).optional(),
});

const noteMapping = z.strictObject({
  note: z.number().int().min(0).max(127),
  target: z.string().min(1),
  channel: midiChannel.optional(),
  device: z.string().optional(),
});

export const configSchema = z.strictObject({
  writers: z.number().int().min(1).max(MAX_WRITERS),
  maxWriters: z.number().int().min(1).max(MAX_WRITERS),
  /** "random": different writing at every start; a number: the same writing every time */
  seed: z.union([z.number().int().min(0).max(2 ** 31), z.literal('random')]),
  temperature: range(spec('temperature')),
  speed: range(spec('speed')),
  glideSeconds: z.number().min(0).max(10),
  palette: z.array(hexColour).min(1),
  /** palette: cycle the palette (a restart takes the next colour); random: a new random hue per restart; fixed: palette, never changes */
  colourMode: z.enum(['palette', 'random', 'fixed']),
  background: hexColour,
  /** colour of a writer while it continues a visitor's handwriting, and of the visitor's own strokes */
  visitorColour: hexColour,
  visitorSeconds: z.number().min(1).max(600),
  strokeWeight: range(spec('strokeWeight')),
  inkOpacity: range(spec('inkOpacity')),
  pixelDensity: z.number().min(0.5).max(4),
  /** where the model runs: a Web Worker (the page's thread only draws) or the page's own thread */
  modelThread: z.enum(['worker', 'page']),
  layout: z.strictObject({
    lineHeight: z.number().min(12).max(400),
    margin: z.number().min(0).max(1000),
    letterScale: z.number().min(0.2).max(5),
    atRightEdge: z.enum(['next-line', 'restart']),
    pageFull: z.enum(['clear', 'fade', 'scroll']),
    fadeSeconds: z.number().min(0.1).max(120),
  }),
  hud: z.strictObject({ visible: z.boolean() }),
  scenes: z.record(z.string().regex(/^[0-9]$/, 'scene keys are digits 0-9'), z.record(z.string(), z.number())),
  midi: z.strictObject({
    enabled: z.boolean(),
    device: z.string(),
    takeover: z.enum(['pickup', 'jump']),
    controls: z.array(controlMapping),
    notes: z.array(noteMapping),
  }),
  osc: z.strictObject({
    udpHost: z.string().min(1),
    udpPort: z.number().int().min(1).max(65535),
    wsHost: z.string().min(1),
    wsPort: z.number().int().min(1).max(65535),
    feedback: z.strictObject({ enabled: z.boolean(), host: z.string().min(1), port: z.number().int().min(1).max(65535) }),
    penStream: z.boolean(),
  }),
});

export type Config = z.infer<typeof configSchema>;
export type ControlMapping = z.infer<typeof controlMapping>;
export type NoteMapping = z.infer<typeof noteMapping>;

/** MIDI targets must name a registry path (checked after the shape, with maxWriters known). */
export function targetProblems(cfg: Config): Array<{ path: (string | number)[]; message: string }> {
  const out: Array<{ path: (string | number)[]; message: string }> = [];
  cfg.midi.controls.forEach((m, i) => {
    const t = parseTarget(m.target, cfg.maxWriters);
    if (typeof t === 'string') out.push({ path: ['midi', 'controls', i, 'target'], message: t });
    else if (t.spec.kind === 'trigger') out.push({ path: ['midi', 'controls', i, 'target'], message: `"${m.target}" is a trigger; map it to a note` });
  });
  cfg.midi.notes.forEach((m, i) => {
    if (/^scene\/[0-9]$/.test(m.target)) return;
    const t = parseTarget(m.target, cfg.maxWriters);
    if (typeof t === 'string') out.push({ path: ['midi', 'notes', i, 'target'], message: t });
    else if (t.spec.kind !== 'trigger' && t.spec.kind !== 'toggle')
      out.push({ path: ['midi', 'notes', i, 'target'], message: `"${m.target}" is not a trigger or toggle (use restart, clear, pause, writer/<n>/restart or scene/<0-9>)` });
  });
  return out;
}
