/** The example patches must only send addresses the bridge accepts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AddressSpace } from '../../src/control/addresses.ts';

const space = new AddressSpace(64);

describe('example patches', () => {
  it('the Max patch sends known addresses only', () => {
    const patch = JSON.parse(readFileSync(new URL('../../examples/scriptorium-remote.maxpat', import.meta.url), 'utf8')) as { patcher: { boxes: Array<{ box: { maxclass: string; text?: string } }> } };
    const addresses = patch.patcher.boxes
      .map((b) => b.box)
      .flatMap((b) => (b.maxclass === 'message' ? [b.text!.split(' ')[0]!] : b.maxclass === 'newobj' && b.text!.startsWith('prepend ') ? [b.text!.split(' ')[1]!] : []));
    expect(addresses.length).toBeGreaterThan(6);
    for (const a of addresses) expect(space.resolve(a), a).not.toEqual([]);
  });

  it('the Pd patch sends known addresses only', () => {
    const pd = readFileSync(new URL('../../examples/scriptorium-remote.pd', import.meta.url), 'utf8');
    const addresses = [...pd.matchAll(/oscformat ([^;]+);/g)].map((m) => `/${m[1]!.trim().split(/\s+/).join('/')}`);
    expect(addresses.length).toBeGreaterThan(4);
    for (const a of addresses) expect(space.resolve(a), a).not.toEqual([]);
  });
});
