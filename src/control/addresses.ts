/**
 * The OSC address space, generated from the parameter registry's list (no second
 * hand-written list): "/temperature", "/writer/2/speed/norm", ... OSC 1.0 address
 * patterns in incoming addresses are matched against it.
 */
import { allPaths } from './params.ts';

const SPECIAL = /[*?[\]{}]/;

/** OSC 1.0 pattern for one address to a RegExp; `*` and `?` never cross a `/`. */
export function patternToRegExp(pattern: string): RegExp | null {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i);
      if (end < 0) return null;
      let body = pattern.slice(i + 1, end);
      const negate = body.startsWith('!');
      if (negate) body = body.slice(1);
      if (!body) return null;
      re += `[${negate ? '^' : ''}${body.replace(/[\\^\]]/g, '\\$&')}]`;
      i = end;
    } else if (ch === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) return null;
      const alts = pattern.slice(i + 1, end).split(',').map((a) => a.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
      re += `(?:${alts.join('|')})`;
      i = end;
    } else re += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  try {
    return new RegExp(`${re}$`);
  } catch {
    return null;
  }
}

export class AddressSpace {
  /** every reachable address, with its leading slash */
  readonly addresses: string[];
  private readonly known: Set<string>;

  constructor(readonly maxWriters: number) {
    this.addresses = allPaths(maxWriters).map((p) => `/${p}`);
    this.known = new Set(this.addresses);
  }

  /**
   * The concrete addresses an incoming address reaches: itself if it is known,
   * every match if it is a pattern, none otherwise.
   */
  resolve(address: string): string[] {
    if (!SPECIAL.test(address)) return this.known.has(address) ? [address] : [];
    const re = patternToRegExp(address);
    if (!re) return [];
    return this.addresses.filter((a) => re.test(a));
  }
}
