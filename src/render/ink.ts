/**
 * Draws the show on a 2D canvas: each writer's new ink of this frame as one path,
 * and the page operations (clear, scroll, fade). Ink accumulates on the canvas;
 * nothing is redrawn.
 */
import type { Registry } from '../control/registry.ts';
import { type Rgb, css } from '../show/colours.ts';
import type { ShowSurface } from '../show/surface.ts';

export class InkRenderer {
  private fadeLeft = 0;
  private fadeTotal = 0;

  constructor(
    private readonly ctx: CanvasRenderingContext2D,
    private readonly show: ShowSurface,
    private readonly registry: Registry,
    private readonly background: Rgb,
    private readonly density: () => number,
    private readonly visitorColour: Rgb,
  ) {}

  clear(width: number, height: number): void {
    const ctx = this.ctx;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = css(this.background);
    ctx.fillRect(0, 0, width * this.density(), height * this.density());
    ctx.restore();
  }

  draw(width: number, height: number, dt: number): void {
    const ctx = this.ctx;
    for (const op of this.show.pageOps.splice(0)) {
      if (op.kind === 'clear') {
        this.fadeLeft = 0;
        this.clear(width, height);
      } else if (op.kind === 'fade') {
        this.fadeLeft = this.fadeTotal = op.seconds;
      } else {
        const d = this.density();
        ctx.save();
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.drawImage(ctx.canvas, 0, op.dy * d, width * d, (height - op.dy) * d, 0, 0, width * d, (height - op.dy) * d);
        ctx.fillStyle = css(this.background);
        ctx.fillRect(0, (height - op.dy) * d, width * d, op.dy * d);
        ctx.restore();
      }
    }
    if (this.fadeLeft > 0) {
      // cover with translucent background so that about 2% of the ink is left when the fade ends
      const a = 1 - Math.pow(0.02, Math.min(dt, this.fadeLeft) / this.fadeTotal);
      this.fadeLeft -= dt;
      ctx.fillStyle = css(this.background, a);
      ctx.fillRect(0, 0, width, height);
    }

    const v = this.show.visitorInk;
    if (v.length) {
      // the visitor's own strokes, in the visitor colour, a little heavier than the writers'
      ctx.beginPath();
      for (let k = 0; k < v.length; k += 4) {
        ctx.moveTo(v[k]!, v[k + 1]!);
        ctx.lineTo(v[k + 2]!, v[k + 3]!);
      }
      ctx.strokeStyle = css(this.visitorColour, 0.95);
      ctx.lineWidth = this.registry.get('strokeWeight') * 1.4;
      ctx.lineCap = 'round';
      ctx.stroke();
      v.length = 0;
    }

    const opacity = this.registry.get('inkOpacity');
    ctx.lineWidth = this.registry.get('strokeWeight');
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    const show = this.show;
    for (let i = 0; i < show.active; i++) {
      const n = show.inkLength[i]!;
      if (n < 6) continue;
      const buf = show.ink[i]!;
      let any = false;
      ctx.beginPath();
      for (let k = 0; k < n; k += 3) {
        if (buf[k + 2] === 1) {
          ctx.lineTo(buf[k]!, buf[k + 1]!);
          any = true;
        } else ctx.moveTo(buf[k]!, buf[k + 1]!);
      }
      if (!any) continue;
      ctx.strokeStyle = css(show.colours[i]!, opacity);
      ctx.stroke();
    }
  }
}
