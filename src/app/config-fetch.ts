/** Fetch config/default.json and the user's file (config/local.json or --config), and resolve them. */
import { type ConfigResult, resolveConfig } from '../config/load.ts';

export async function fetchConfig(): Promise<ConfigResult> {
  const defRes = await fetch('/config/default.json', { cache: 'no-store' });
  if (!defRes.ok) throw new Error(`cannot load config/default.json (HTTP ${defRes.status})`);
  const defaults: unknown = await defRes.json();
  const userRes = await fetch('/config/user', { cache: 'no-store' });
  const user: unknown = userRes.ok ? await userRes.json() : null;
  if (!user || typeof user !== 'object' || !('present' in user) || !user.present || !('text' in user) || typeof user.text !== 'string') {
    return resolveConfig(defaults, undefined);
  }
  const name = 'name' in user && typeof user.name === 'string' ? user.name : 'your config file';
  try {
    return resolveConfig(defaults, JSON.parse(user.text) as unknown, name);
  } catch (e) {
    const r = resolveConfig(defaults, undefined);
    r.problems.unshift(`${name} is not valid JSON (${(e as Error).message}); using the defaults`);
    return r;
  }
}
