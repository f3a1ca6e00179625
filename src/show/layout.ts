/**
 * Ruled paper: the page is cut into lines `lineHeight` apart between the
 * margins, and writer i of N writes on lines i, i + N, i + 2N, ... so all hands
 * fill the page together, each on its own lines.
 */
export interface PageGeometry {
  width: number;
  height: number;
  lineHeight: number;
  margin: number;
}

export class Layout {
  constructor(public page: PageGeometry, public writers: number) {}

  /** Number of ruled lines that fit on the page (at least 1). */
  get lines(): number {
    const { height, margin, lineHeight } = this.page;
    return Math.max(1, Math.floor((height - 2 * margin) / lineHeight));
  }

  /** How many lines writer i owns on this page (0 if there are more writers than lines). */
  linesOf(i: number): number {
    const n = Math.max(1, this.writers);
    return i >= this.lines ? 0 : Math.floor((this.lines - 1 - i) / n) + 1;
  }

  /** Baseline y of writer i's k-th line, or null when the page has no such line. */
  baseline(i: number, k: number): number | null {
    const ruled = i + k * Math.max(1, this.writers);
    if (k < 0 || ruled >= this.lines) {
      // more writers than lines: they share lines rather than vanish
      if (k === 0 && this.lines > 0) return this.baselineOfRuled(i % this.lines);
      return null;
    }
    return this.baselineOfRuled(ruled);
  }

  baselineOfRuled(ruled: number): number {
    const { margin, lineHeight } = this.page;
    return margin + (ruled + 0.75) * lineHeight;
  }

  get left(): number {
    return this.page.margin;
  }

  get right(): number {
    return this.page.width - this.page.margin;
  }

  /** Vertical distance a scroll moves the page: one line per writer. */
  get scrollStep(): number {
    return Math.min(this.lines, Math.max(1, this.writers)) * this.page.lineHeight;
  }
}
