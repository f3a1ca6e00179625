/**
 * Every value the outside world may change, declared once. MIDI targets, OSC
 * addresses, keys, config fields and HUD rows are all derived from this list;
 * nothing else is reachable from outside (see registry.ts).
 */
export type ParamKind = 'number' | 'int' | 'toggle' | 'trigger';
export type Scope = 'global' | 'writer';

export interface ParamSpec {
  readonly name: string;
  readonly label: string;
  readonly kind: ParamKind;
  /** global only, or also per writer as writer/<n>/<name> */
  readonly scope: Scope;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly default: number;
  readonly step?: number;
  /** glide to new values instead of jumping (where a jump would show) */
  readonly smooth?: boolean;
}

export const PARAMS = [
  { name: 'temperature', label: 'temperature', kind: 'number', scope: 'writer', unit: '', min: 0.05, max: 1.5, default: 0.5, step: 0.01, smooth: true },
  { name: 'speed', label: 'speed', kind: 'number', scope: 'writer', unit: 'steps/s', min: 0, max: 240, default: 45, step: 1, smooth: true },
  { name: 'hue', label: 'hue shift', kind: 'number', scope: 'writer', unit: 'deg', min: 0, max: 360, default: 0, step: 1 },
  { name: 'restart', label: 'restart', kind: 'trigger', scope: 'writer', unit: '', min: 0, max: 1, default: 0 },
  { name: 'strokeWeight', label: 'stroke weight', kind: 'number', scope: 'global', unit: 'px', min: 0.25, max: 16, default: 2.2, step: 0.05 },
  { name: 'inkOpacity', label: 'ink opacity', kind: 'number', scope: 'global', unit: '', min: 0, max: 1, default: 0.9, step: 0.01 },
  { name: 'writers', label: 'active writers', kind: 'int', scope: 'global', unit: '', min: 1, max: 64, default: 6, step: 1 },
  { name: 'pause', label: 'pause', kind: 'toggle', scope: 'global', unit: '', min: 0, max: 1, default: 0 },
  { name: 'clear', label: 'clear page', kind: 'trigger', scope: 'global', unit: '', min: 0, max: 1, default: 0 },
  // a trigger whose value is the scene number (1-9) to recall
  { name: 'scene', label: 'recall scene', kind: 'trigger', scope: 'global', unit: '', min: 1, max: 9, default: 1 },
  // the tutorial's views (see src/views/)
  { name: 'mixtureView', label: 'mixture view', kind: 'toggle', scope: 'global', unit: '', min: 0, max: 1, default: 0 },
  { name: 'lesson', label: 'temperature lesson', kind: 'toggle', scope: 'global', unit: '', min: 0, max: 1, default: 0 },
  { name: 'futures', label: 'futures', kind: 'toggle', scope: 'global', unit: '', min: 0, max: 1, default: 0 },
  { name: 'visitors', label: 'visitor writing', kind: 'toggle', scope: 'global', unit: '', min: 0, max: 1, default: 1 },
  { name: 'focus', label: 'focus writer', kind: 'int', scope: 'global', unit: '', min: 1, max: 64, default: 1, step: 1 },
] as const satisfies readonly ParamSpec[];

export type ParamName = (typeof PARAMS)[number]['name'];
export type WriterParamName = Extract<(typeof PARAMS)[number], { scope: 'writer' }>['name'];

const byName = new Map<string, ParamSpec>(PARAMS.map((p) => [p.name, p]));

export function paramSpec(name: string): ParamSpec | undefined {
  return byName.get(name);
}

/** A parsed parameter path: "speed" or "writer/3/speed" (writers counted from 1). */
export interface Target {
  readonly spec: ParamSpec;
  /** 0-based writer index, or null for the global value */
  readonly writer: number | null;
  /** the value arrives as 0-1 and is mapped onto min-max */
  readonly normalised: boolean;
}

/**
 * Parse a path (with or without a leading slash, optionally ending in /norm).
 * Returns a reason string when the path names nothing.
 */
export function parseTarget(path: string, maxWriters: number): Target | string {
  const parts = path.replace(/^\/+/, '').split('/');
  let normalised = false;
  if (parts[parts.length - 1] === 'norm') {
    normalised = true;
    parts.pop();
  }
  if (parts.length === 1) {
    const spec = byName.get(parts[0]!);
    if (!spec) return `unknown parameter "${parts[0]}" (known: ${PARAMS.map((p) => p.name).join(', ')})`;
    return { spec, writer: null, normalised };
  }
  if (parts.length === 3 && parts[0] === 'writer') {
    const n = Number(parts[1]);
    if (!Number.isInteger(n) || n < 1 || n > maxWriters) return `writer number "${parts[1]}" is not between 1 and ${maxWriters}`;
    const spec = byName.get(parts[2]!);
    if (!spec) return `unknown parameter "${parts[2]}"`;
    if (spec.scope !== 'writer') return `"${spec.name}" is global only; use /${spec.name}`;
    return { spec, writer: n - 1, normalised };
  }
  return `"${path}" is not a parameter path (use name or writer/<n>/name)`;
}

/** Every address the outside may reach, for docs, OSCQuery-like listings and pattern matching. */
export function allPaths(maxWriters: number): string[] {
  const out: string[] = [];
  const specs: readonly ParamSpec[] = PARAMS;
  for (const p of specs) {
    out.push(p.name);
    if (p.kind === 'number' || p.kind === 'int') out.push(`${p.name}/norm`);
  }
  for (let n = 1; n <= maxWriters; n++) {
    for (const p of specs) {
      if (p.scope !== 'writer') continue;
      out.push(`writer/${n}/${p.name}`);
      if (p.kind === 'number' || p.kind === 'int') out.push(`writer/${n}/${p.name}/norm`);
    }
  }
  return out;
}

export function formatValue(spec: ParamSpec, v: number): string {
  if (spec.kind === 'toggle') return v ? 'on' : 'off';
  if (spec.kind === 'int') return String(Math.round(v));
  const digits = spec.step !== undefined && spec.step >= 1 ? 0 : 2;
  return `${v.toFixed(digits)}${spec.unit ? ` ${spec.unit}` : ''}`;
}
