import { describe, expect, it } from 'vitest';
import { Layout } from '../../src/show/layout.ts';

describe('Layout', () => {
  const page = { width: 1000, height: 700, lineHeight: 50, margin: 50 };

  it('fits ruled lines between the margins', () => {
    const l = new Layout(page, 3);
    expect(l.lines).toBe(12);
    expect(l.left).toBe(50);
    expect(l.right).toBe(950);
    expect(l.baseline(0, 0)).toBeGreaterThan(50);
    expect(l.baseline(0, 0)).toBeLessThan(100);
  });

  it('interleaves writers: writer i owns lines i, i+N, ...', () => {
    const l = new Layout(page, 3);
    expect(l.baseline(1, 0)! - l.baseline(0, 0)!).toBe(50);
    expect(l.baseline(0, 1)! - l.baseline(0, 0)!).toBe(150);
    expect(l.linesOf(0)).toBe(4);
    expect(l.baseline(0, 3)).not.toBeNull();
    expect(l.baseline(0, 4)).toBeNull();
    // the last line of every writer is on the page
    for (let i = 0; i < 3; i++) expect(l.baseline(i, l.linesOf(i) - 1)!).toBeLessThan(700 - 50);
  });

  it('more writers than lines share lines instead of vanishing', () => {
    const l = new Layout({ ...page, height: 250 }, 8);
    expect(l.lines).toBe(3);
    expect(l.baseline(7, 0)).toBe(l.baseline(1, 0));
  });

  it('follows a resize', () => {
    const l = new Layout(page, 2);
    l.page = { ...page, height: 1400 };
    expect(l.lines).toBe(26);
  });
});
