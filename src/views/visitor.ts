/**
 * A visitor's handwriting, turned into the model's input: strokes of pointer
 * positions (pixels) resampled along their length at the pen spacing the model
 * was trained on, then written as (dx, dy, pen) moves in model units.
 */
export type Stroke = number[]; // x0, y0, x1, y1, ... in pixels

export function strokesToMoves(strokes: Stroke[], stepPx: number, pxX: number, pxY: number): Float32Array {
  const pts: number[] = []; // x, y, lastOfStroke
  for (const s of strokes) {
    const n = s.length / 2;
    if (n === 0) continue;
    let carry = 0;
    pts.push(s[0]!, s[1]!, 0);
    for (let k = 1; k < n; k++) {
      const x0 = s[2 * k - 2]!, y0 = s[2 * k - 1]!, x1 = s[2 * k]!, y1 = s[2 * k + 1]!;
      const len = Math.hypot(x1 - x0, y1 - y0);
      let at = stepPx - carry;
      while (at <= len) {
        const f = at / len;
        pts.push(x0 + (x1 - x0) * f, y0 + (y1 - y0) * f, 0);
        at += stepPx;
      }
      carry = len - (at - stepPx);
    }
    const lx = s[2 * n - 2]!, ly = s[2 * n - 1]!;
    const px = pts[pts.length - 3]!, py = pts[pts.length - 2]!;
    if (Math.hypot(lx - px, ly - py) > stepPx * 0.3) pts.push(lx, ly, 0);
    pts[pts.length - 1] = 1; // the pen lifts after the stroke's last point
  }
  const count = pts.length / 3;
  const moves = new Float32Array(count * 3);
  for (let k = 0; k < count; k++) {
    // the first move comes from nowhere: a pen-up move of zero length
    const dx = k === 0 ? 0 : pts[k * 3]! - pts[(k - 1) * 3]!;
    const dy = k === 0 ? 0 : pts[k * 3 + 1]! - pts[(k - 1) * 3 + 1]!;
    moves[k * 3] = dx / pxX;
    moves[k * 3 + 1] = dy / pxY;
    moves[k * 3 + 2] = pts[k * 3 + 2]!;
  }
  return moves;
}

/**
 * Strokes grouped into visitors' words: a stroke that starts near an open
 * group's last point joins it (a word written stroke by stroke, even on a touch
 * screen where each touch has a new pointer id); otherwise it opens a group. A
 * group closes after `pauseMs` without a new stroke.
 */
export interface VisitorGroup {
  strokes: Stroke[];
  lastX: number;
  lastY: number;
  lastTime: number;
  /** a stroke of this group is being drawn */
  active: number;
}

export class VisitorGroups {
  readonly groups: VisitorGroup[] = [];
  constructor(public joinDistance: number, public pauseMs: number) {}

  startStroke(x: number, y: number, now: number): VisitorGroup {
    let best: VisitorGroup | null = null;
    let bestD = this.joinDistance;
    for (const g of this.groups) {
      const d = Math.hypot(g.lastX - x, g.lastY - y);
      if (d < bestD) {
        best = g;
        bestD = d;
      }
    }
    const g = best ?? { strokes: [], lastX: x, lastY: y, lastTime: now, active: 0 };
    if (!best) this.groups.push(g);
    g.strokes.push([x, y]);
    g.active++;
    g.lastX = x;
    g.lastY = y;
    g.lastTime = now;
    return g;
  }

  extend(g: VisitorGroup, x: number, y: number, now: number): void {
    const s = g.strokes[g.strokes.length - 1]!;
    s.push(x, y);
    g.lastX = x;
    g.lastY = y;
    g.lastTime = now;
  }

  endStroke(g: VisitorGroup, now: number): void {
    g.active = Math.max(0, g.active - 1);
    g.lastTime = now;
  }

  /** Groups whose visitor has paused: removed and returned. */
  takeFinished(now: number): VisitorGroup[] {
    const done = this.groups.filter((g) => g.active === 0 && now - g.lastTime >= this.pauseMs);
    for (const g of done) this.groups.splice(this.groups.indexOf(g), 1);
    return done;
  }
}
