/**
 * Merge the user's config over the defaults and validate it field by field:
 * every invalid or unknown field is named with what is allowed, the default is
 * used in its place, and the show still starts.
 */
import { type Config, configSchema, targetProblems } from './schema.ts';

export interface ConfigResult {
  config: Config;
  /** one line per problem, e.g. `layout.pageFull: expected one of clear, fade, scroll; got "wipe" (using "fade")` */
  problems: string[];
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Key = string | number;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function mergeOver(base: unknown, over: unknown): unknown {
  if (isObj(base) && isObj(over)) {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = k in base ? mergeOver(base[k], v) : v;
    return out;
  }
  return over === undefined ? base : over;
}

function getAt(obj: unknown, path: readonly Key[]): unknown {
  let cur: unknown = obj;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<Key, unknown>)[k];
  }
  return cur;
}

/** Replace the value at path with `value`; undefined deletes it (an array item is removed). */
function setAt(obj: unknown, path: readonly Key[], value: unknown): void {
  if (path.length === 0) return;
  const parent = getAt(obj, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') {
    if (value === undefined) parent.splice(last, 1);
    else parent[last] = value;
  } else if (isObj(parent)) {
    if (value === undefined) delete parent[last];
    else parent[last] = value;
  }
}

const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

/**
 * `defaults` must itself be valid (it is the shipped config/default.json);
 * `user` is whatever the user's file parsed to (or undefined).
 */
export function resolveConfig(defaults: unknown, user: unknown, userName = 'config/local.json'): ConfigResult {
  const problems: string[] = [];
  if (user !== undefined && !isObj(user)) {
    problems.push(`${userName}: expected a JSON object, got ${show(user)}; using the defaults`);
    user = undefined;
  }
  const merged = JSON.parse(JSON.stringify(mergeOver(defaults, user ?? {}))) as Json;
  for (let round = 0; round < 50; round++) {
    const r = configSchema.safeParse(merged);
    if (r.success) {
      const cfg = r.data;
      const tp = targetProblems(cfg);
      if (cfg.writers > cfg.maxWriters) {
        problems.push(`writers: ${cfg.writers} is more than maxWriters (${cfg.maxWriters}); using ${cfg.maxWriters}`);
        cfg.writers = cfg.maxWriters;
      }
      if (tp.length === 0) return { config: cfg, problems };
      // drop bad mappings from the end first so indices stay valid
      for (const p of tp.reverse()) {
        problems.push(`${p.path.join('.')}: ${p.message}; mapping ignored`);
        setAt(merged, p.path.slice(0, -1), undefined);
      }
      continue;
    }
    for (const issue of r.error.issues) {
      const path = issue.path.filter((k): k is Key => typeof k !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const where = [...path.map(String), key].join('.');
          problems.push(`${where}: unknown setting, ignored`);
          setAt(merged, [...path, key], undefined);
        }
        continue;
      }
      const where = path.join('.') || '(top level)';
      const got = getAt(merged, path);
      const fallback = getAt(defaults, path);
      const itemAt = path.findIndex((k) => typeof k === 'number');
      if (itemAt >= 0 && itemAt < path.length - 1) {
        // an item of a list the user wrote (a MIDI mapping): drop that item
        const itemPath = path.slice(0, itemAt + 1);
        problems.push(`${where}: ${issue.message}, got ${show(got)}; that entry is ignored`);
        setAt(merged, itemPath, undefined);
        break; // indices moved: parse again
      }
      problems.push(`${where}: ${issue.message}, got ${show(got)}; using ${show(fallback)}`);
      setAt(merged, path, fallback === undefined ? undefined : JSON.parse(JSON.stringify(fallback)));
    }
  }
  // unreachable with a valid default file; keep the show alive anyway
  problems.push('config could not be repaired; using the shipped defaults');
  return { config: configSchema.parse(defaults), problems };
}
