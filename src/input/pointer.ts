/**
 * Visitor writing with mouse, touch or pen (pointer events). The visitor's strokes
 * go on the page as they are drawn; when a visitor pauses, their word is handed
 * to the nearest free writer, which continues it. Off when the `visitors`
 * parameter is 0.
 */
import type { Registry } from '../control/registry.ts';
import type { ShowSurface } from '../show/surface.ts';
import { VisitorGroups, strokesToMoves } from '../views/visitor.ts';

export interface PointerOptions {
  pauseMs: number;
  seconds: number;
}

export function bindPointer(stage: HTMLElement, show: ShowSurface, registry: Registry, opts: PointerOptions): () => void {
  const lh = show.lineHeight;
  const groups = new VisitorGroups(3 * lh, opts.pauseMs);
  const open = new Map<number, ReturnType<VisitorGroups['startStroke']>>();

  const pos = (e: PointerEvent) => {
    const r = stage.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top] as const;
  };
  const down = (e: PointerEvent) => {
    if (!registry.get('visitors') || e.button > 0) return;
    const [x, y] = pos(e);
    open.set(e.pointerId, groups.startStroke(x, y, performance.now()));
    stage.setPointerCapture?.(e.pointerId);
    e.preventDefault();
  };
  const move = (e: PointerEvent) => {
    const g = open.get(e.pointerId);
    if (!g) return;
    const events = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [e];
    for (const ev of events.length ? events : [e]) {
      const [x, y] = pos(ev);
      show.visitorInk.push(g.lastX, g.lastY, x, y);
      groups.extend(g, x, y, performance.now());
    }
  };
  const up = (e: PointerEvent) => {
    const g = open.get(e.pointerId);
    if (!g) return;
    open.delete(e.pointerId);
    groups.endStroke(g, performance.now());
  };
  stage.addEventListener('pointerdown', down);
  stage.addEventListener('pointermove', move);
  stage.addEventListener('pointerup', up);
  stage.addEventListener('pointercancel', up);

  const timer = setInterval(() => {
    for (const g of groups.takeFinished(performance.now())) {
      const ys = g.strokes.flatMap((s) => s.filter((_, k) => k % 2 === 1));
      if (ys.length < 4) continue;
      const { x: pxX, y: pxY } = show.scale;
      // the model's pen spacing (about 1.6 font units) in pixels
      const stepPx = (1.6 * show.lineHeight) / show.weights.lineHeightFontUnits;
      const moves = strokesToMoves(g.strokes, stepPx, pxX, pxY);
      const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
      show.continueVisitor(moves, g.lastX, g.lastY, meanY + 0.15 * show.lineHeight, opts.seconds);
    }
  }, 50);

  return () => {
    clearInterval(timer);
    stage.removeEventListener('pointerdown', down);
    stage.removeEventListener('pointermove', move);
    stage.removeEventListener('pointerup', up);
    stage.removeEventListener('pointercancel', up);
  };
}
