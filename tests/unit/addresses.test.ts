import { describe, expect, it } from 'vitest';
import { AddressSpace, patternToRegExp } from '../../src/control/addresses.ts';

describe('OSC address space', () => {
  const space = new AddressSpace(8);

  it('is generated from the registry: every parameter, per writer, and /norm variants', () => {
    for (const a of ['/temperature', '/speed', '/restart', '/clear', '/pause', '/writers', '/temperature/norm', '/writer/2/temperature', '/writer/8/speed/norm', '/writer/3/restart', '/writer/4/hue', '/strokeWeight', '/inkOpacity/norm']) {
      expect(space.resolve(a), a).toEqual([a]);
    }
    for (const a of ['/writer/9/speed', '/writer/0/speed', '/writer/2/strokeWeight', '/temp', '/restart/norm', '/writer/2']) {
      expect(space.resolve(a), a).toEqual([]);
    }
  });

  it('matches OSC 1.0 patterns', () => {
    expect(space.resolve('/writer/*/restart')).toHaveLength(8);
    expect(space.resolve('/writer/{1,3}/speed')).toEqual(['/writer/1/speed', '/writer/3/speed']);
    expect(space.resolve('/writer/[2-4]/hue')).toEqual(['/writer/2/hue', '/writer/3/hue', '/writer/4/hue']);
    expect(space.resolve('/writer/[!1-7]/hue')).toEqual(['/writer/8/hue']);
    expect(space.resolve('/writer/?/temperature/norm')).toHaveLength(8);
    expect(space.resolve('/*')).toContain('/clear');
    expect(space.resolve('/*')).not.toContain('/writer/1/speed');
  });

  it('rejects broken patterns instead of throwing', () => {
    expect(patternToRegExp('/writer/[1/speed')).toBeNull();
    expect(space.resolve('/writer/{1,2/speed')).toEqual([]);
  });
});
