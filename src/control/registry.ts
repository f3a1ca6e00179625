/**
 * The single source of truth for live values. MIDI, OSC, keys, config and the
 * HUD write here; writers read here. Nothing outside the registry changes a
 * writer.
 *
 * Global versus writer: every writer-scoped parameter has a global value and an
 * optional per-writer override. A write to writer/<n>/<name> sets the override;
 * a write to the global <name> sets the global value and clears every override of
 * that parameter, so "all writers" always means all of them.
 *
 * Out-of-range writes are clamped and reported once per address and source until
 * an in-range value arrives there. Smoothed parameters glide towards their target
 * over `glideSeconds` as tick(dt) is called; triggers never glide.
 */
import { Emitter } from './emitter.ts';
import { PARAMS, type ParamSpec, type Target, parseTarget } from './params.ts';

export type Source = 'midi' | 'osc' | 'key' | 'config' | 'hud' | 'pointer' | 'scene';

export interface Change {
  /** canonical path without leading slash, e.g. "writer/2/temperature" */
  readonly path: string;
  readonly name: string;
  /** 0-based writer, or null for global */
  readonly writer: number | null;
  readonly value: number;
  readonly previous: number;
  readonly source: Source;
}

export interface Trigger {
  readonly path: string;
  readonly name: string;
  readonly writer: number | null;
  /** the number that fired it (1 for plain triggers; the scene number for "scene") */
  readonly value: number;
  readonly source: Source;
}

export interface Problem {
  readonly message: string;
  readonly source: Source;
}

type Events = { change: Change; trigger: Trigger; problem: Problem };

/** A scene: values keyed by parameter path. */
export type Scene = Record<string, number>;

interface Slot {
  readonly spec: ParamSpec;
  global: number;
  /** per-writer override target, NaN = follow global */
  readonly override: Float64Array;
  /** per-writer value in effect now (glides for smooth params) */
  readonly current: Float64Array;
}

export interface RegistryOptions {
  capacity: number;
  glideSeconds?: number;
  /** config-given defaults, keyed by parameter name */
  defaults?: Partial<Record<string, number>>;
}

export class Registry extends Emitter<Events> {
  readonly capacity: number;
  glideSeconds: number;
  private readonly slots = new Map<string, Slot>();
  private readonly reported = new Set<string>();

  constructor(opts: RegistryOptions) {
    super();
    this.capacity = opts.capacity;
    this.glideSeconds = opts.glideSeconds ?? 0.4;
    for (const base of PARAMS) {
      const spec: ParamSpec = base.name === 'writers' || base.name === 'focus' ? { ...base, max: opts.capacity } : base;
      const d = clampTo(spec, opts.defaults?.[spec.name] ?? spec.default);
      this.slots.set(spec.name, {
        spec,
        global: d,
        override: new Float64Array(opts.capacity).fill(NaN),
        current: new Float64Array(opts.capacity).fill(d),
      });
    }
  }

  spec(name: string): ParamSpec {
    return this.slot(name).spec;
  }

  specs(): ParamSpec[] {
    return [...this.slots.values()].map((s) => s.spec);
  }

  /** The global value (the target, not the glide). */
  get(name: string): number {
    return this.slot(name).global;
  }

  /** The value a writer uses right now (override or global, mid-glide if smoothing). */
  forWriter(name: string, writer: number): number {
    return this.slot(name).current[writer]!;
  }

  /** The writer's target: its override if it has one, else the global value. */
  targetForWriter(name: string, writer: number): number {
    const s = this.slot(name);
    const o = s.override[writer]!;
    return Number.isNaN(o) ? s.global : o;
  }

  hasOverride(name: string, writer: number): boolean {
    return !Number.isNaN(this.slot(name).override[writer]!);
  }

  /**
   * Write a value to a path ("speed", "/writer/2/temperature", ".../norm").
   * Returns false (and reports a problem) if the path names nothing.
   */
  set(path: string, value: number, source: Source, opts: { normalised?: boolean } = {}): boolean {
    const t = parseTarget(path, this.capacity);
    if (typeof t === 'string') {
      this.report(`${path}`, source, t);
      return false;
    }
    this.write(t, value, source, opts.normalised ?? t.normalised);
    return true;
  }

  /** Write through a parsed target (MIDI and OSC parse once, then call this). */
  write(t: Target, raw: number, source: Source, normalised = t.normalised): void {
    const s = this.slot(t.spec.name);
    const spec = s.spec;
    const path = targetPath(t);
    if (spec.kind === 'trigger') {
      if (raw !== 0 && !Number.isNaN(raw)) this.emit('trigger', { path, name: spec.name, writer: t.writer, value: raw, source });
      return;
    }
    if (!Number.isFinite(raw)) {
      this.report(path, source, `${path}: ${raw} is not a number`);
      return;
    }
    let v = normalised ? spec.min + Math.max(0, Math.min(1, raw)) * (spec.max - spec.min) : raw;
    if (normalised && (raw < 0 || raw > 1)) this.report(path, source, `${path}/norm: ${raw} is outside 0-1; clamped`);
    const clamped = clampTo(spec, v);
    if (!normalised && clamped !== (spec.kind === 'number' ? v : Math.round(v))) {
      this.report(path, source, `${path}: ${raw} is outside ${spec.min}-${spec.max}${spec.unit ? ` ${spec.unit}` : ''}; clamped to ${clamped}`);
    } else {
      this.reported.delete(`${source}|${path}`);
    }
    v = clamped;
    if (t.writer === null) {
      const previous = s.global;
      s.global = v;
      s.override.fill(NaN);
      if (!spec.smooth) s.current.fill(v);
      if (previous !== v || source === 'config') this.emit('change', { path, name: spec.name, writer: null, value: v, previous, source });
    } else {
      const previous = this.targetForWriter(spec.name, t.writer);
      s.override[t.writer] = v;
      if (!spec.smooth) s.current[t.writer] = v;
      if (previous !== v) this.emit('change', { path, name: spec.name, writer: t.writer, value: v, previous, source });
    }
  }

  /** Fire a trigger by path ("restart", "writer/3/restart", "clear"). */
  fire(path: string, source: Source): boolean {
    return this.set(path, 1, source);
  }

  /** Advance glides by dt seconds. */
  tick(dt: number): void {
    const k = this.glideSeconds <= 0 ? 1 : Math.min(1, dt / (this.glideSeconds / 4));
    for (const s of this.slots.values()) {
      if (!s.spec.smooth) continue;
      const cur = s.current;
      for (let i = 0; i < this.capacity; i++) {
        const o = s.override[i]!;
        const target = Number.isNaN(o) ? s.global : o;
        const d = target - cur[i]!;
        cur[i] = Math.abs(d) < 1e-6 * (s.spec.max - s.spec.min) ? target : cur[i]! + d * k;
      }
    }
  }

  /** Jump every glide to its target (restart of a writer, scene recall with no glide). */
  settle(writer?: number): void {
    for (const s of this.slots.values()) {
      for (let i = 0; i < this.capacity; i++) {
        if (writer !== undefined && i !== writer) continue;
        const o = s.override[i]!;
        s.current[i] = Number.isNaN(o) ? s.global : o;
      }
    }
  }

  /** All values as JSON keyed by path: globals plus any writer overrides. Triggers are not state. */
  saveScene(): Scene {
    const out: Scene = {};
    for (const s of this.slots.values()) {
      if (s.spec.kind === 'trigger') continue;
      out[s.spec.name] = s.global;
      s.override.forEach((o, i) => {
        if (!Number.isNaN(o)) out[`writer/${i + 1}/${s.spec.name}`] = o;
      });
    }
    return out;
  }

  /** Apply a scene: globals first (clearing overrides), then the overrides it holds. */
  loadScene(scene: Scene, source: Source = 'scene'): void {
    const entries = Object.entries(scene);
    const isGlobal = ([k]: [string, number]) => !k.startsWith('writer/');
    for (const [k, v] of entries.filter(isGlobal)) this.set(k, v, source);
    for (const [k, v] of entries.filter((e) => !isGlobal(e))) this.set(k, v, source);
  }

  private slot(name: string): Slot {
    const s = this.slots.get(name);
    if (!s) throw new Error(`unknown parameter ${name}`);
    return s;
  }

  private report(path: string, source: Source, message: string): void {
    const key = `${source}|${path}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.emit('problem', { message: `${source}: ${message}`, source });
  }
}

export function targetPath(t: Target): string {
  return t.writer === null ? t.spec.name : `writer/${t.writer + 1}/${t.spec.name}`;
}

function clampTo(spec: ParamSpec, v: number): number {
  let x = spec.kind === 'int' || spec.kind === 'toggle' ? Math.round(v) : v;
  if (spec.kind === 'toggle') x = x ? 1 : 0;
  return Math.max(spec.min, Math.min(spec.max, x));
}
