/**
 * The teaching views, drawn on a transparent canvas above the ink and redrawn
 * every frame while on: the mixture at each pen tip, ghost futures of the focus
 * writer, and the temperature lesson plot. When all are off it costs nothing.
 */
import type { Registry } from '../control/registry.ts';
import { MixtureBatch } from '../model/mixture.ts';
import { css } from '../show/colours.ts';
import type { ShowSurface } from '../show/surface.ts';
import { covarianceEllipse } from '../views/ellipse.ts';
import { xMarginal } from '../views/lesson.ts';

const LESSON_POINTS = 160;
/** The mixture view draws the next-move distribution this many times larger than the writing. */
export const MIXTURE_MAGNIFY = 16;

export class OverlayRenderer {
  private readonly ctx: CanvasRenderingContext2D;
  private drawn = false;
  private readonly tempered: MixtureBatch;
  private readonly untempered: MixtureBatch;
  private readonly xs = new Float64Array(LESSON_POINTS);
  private readonly ys = new Float64Array(LESSON_POINTS);
  private readonly ys1 = new Float64Array(LESSON_POINTS);

  constructor(private readonly canvas: HTMLCanvasElement, private readonly show: ShowSurface, private readonly registry: Registry, private readonly density: number) {
    this.ctx = canvas.getContext('2d')!;
    this.tempered = new MixtureBatch(show.weights.mixtures, 1);
    this.untempered = new MixtureBatch(show.weights.mixtures, 1);
  }

  resize(width: number, height: number): void {
    this.canvas.width = Math.round(width * this.density);
    this.canvas.height = Math.round(height * this.density);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.drawn = false;
  }

  draw(): void {
    const reg = this.registry;
    const mixture = reg.get('mixtureView') > 0, futures = reg.get('futures') > 0, lesson = reg.get('lesson') > 0;
    if (!mixture && !futures && !lesson) {
      if (this.drawn) this.ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
      this.drawn = false;
      return;
    }
    const ctx = this.ctx;
    ctx.setTransform(this.density, 0, 0, this.density, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.drawn = true;
    const focus = Math.min(this.show.active, Math.round(reg.get('focus'))) - 1;
    if (mixture) this.drawMixtures();
    if (futures) this.drawFutures(focus);
    if (lesson) this.drawLesson(focus);
  }

  private drawMixtures(): void {
    const { ctx, show } = this;
    const pdf = show.pdf;
    const M = pdf.mixtures;
    // pen steps are a few pixels: the view is a magnifying lens at each pen tip
    const pxX = show.scale.x * MIXTURE_MAGNIFY, pxY = show.scale.y * MIXTURE_MAGNIFY;
    ctx.lineWidth = 1.5;
    for (let i = 0; i < show.active; i++) {
      const cx = show.prevX[i]!, cy = show.prevY[i]!;
      const col = show.colours[i]!;
      for (let k = 0; k < M; k++) {
        const j = i * M + k;
        const w = pdf.pi[j]!;
        if (w < 0.02) continue;
        const e = covarianceEllipse(pdf.sigmaX[j]! * pxX, pdf.sigmaY[j]! * pxY, pdf.rho[j]!);
        const mx = cx + pdf.muX[j]! * pxX, my = cy + pdf.muY[j]! * pxY;
        // a thread from the pen to where this component expects it next
        ctx.beginPath();
        ctx.moveTo(cx, cy);
        ctx.lineTo(mx, my);
        ctx.strokeStyle = css(col, 0.25 + 0.5 * w);
        ctx.stroke();
        // 2-sigma (faint) and 1-sigma contours, filled by the component's weight
        for (const [n, a] of [[2, 0.35], [1, 0.8]] as const) {
          ctx.beginPath();
          ctx.ellipse(mx, my, Math.max(1, n * e.rx), Math.max(1, n * e.ry), e.angle, 0, 2 * Math.PI);
          ctx.fillStyle = css(col, 0.35 * w);
          ctx.fill();
          ctx.strokeStyle = css(col, a * Math.min(1, 0.3 + w));
          ctx.stroke();
        }
      }
    }
  }

  private drawFutures(focus: number): void {
    const { ctx, show } = this;
    const paths = show.futurePaths;
    if (!paths) return;
    ctx.lineWidth = Math.max(1, this.registry.get('strokeWeight'));
    ctx.lineCap = 'round';
    ctx.strokeStyle = css(show.colours[focus]!, 0.35);
    for (const p of paths) {
      ctx.beginPath();
      ctx.moveTo(p[0]!, p[1]!);
      for (let k = 3; k < p.length; k += 3) {
        if (p[k + 2] === 1) ctx.lineTo(p[k]!, p[k + 1]!);
        else ctx.moveTo(p[k]!, p[k + 1]!);
      }
      ctx.stroke();
    }
    ctx.beginPath();
    ctx.arc(show.x[focus]!, show.y[focus]!, 5, 0, 2 * Math.PI);
    ctx.strokeStyle = css(show.colours[focus]!, 0.8);
    ctx.stroke();
  }

  /** The tutorial's plot: the next x-move's density for the focus writer at its temperature (solid) and at 1 (dashed). */
  private drawLesson(focus: number): void {
    const { ctx, show } = this;
    const O = show.weights.outputs;
    const T = this.registry.forWriter('temperature', focus);
    this.tempered.setFromOutputs(0, show.out, focus * O, T);
    this.untempered.setFromOutputs(0, show.out, focus * O, 1);
    // the x range follows the distribution: every component that matters at T 1, 3 sigma wide
    let lo = -0.05, hi = 0.05;
    const M = this.untempered.mixtures;
    for (let k = 0; k < M; k++) {
      if (this.untempered.pi[k]! < 0.01) continue;
      lo = Math.min(lo, this.untempered.muX[k]! - 3 * this.untempered.sigmaX[k]!);
      hi = Math.max(hi, this.untempered.muX[k]! + 3 * this.untempered.sigmaX[k]!);
    }
    for (let j = 0; j < LESSON_POINTS; j++) this.xs[j] = lo + ((hi - lo) * j) / (LESSON_POINTS - 1);
    xMarginal(this.tempered, 0, this.xs, this.ys);
    xMarginal(this.untempered, 0, this.xs, this.ys1);
    let top = 0;
    for (let j = 0; j < LESSON_POINTS; j++) top = Math.max(top, this.ys[j]!, this.ys1[j]!);
    const W = 380, H = 180;
    const x0 = this.canvas.width / this.density - W - 16, y0 = this.canvas.height / this.density - H - 16;
    ctx.fillStyle = 'rgba(10,10,14,0.85)';
    ctx.fillRect(x0, y0, W, H);
    ctx.strokeStyle = '#444';
    ctx.lineWidth = 1;
    ctx.strokeRect(x0, y0, W, H);
    const px = (j: number) => x0 + 12 + ((W - 24) * j) / (LESSON_POINTS - 1);
    const py = (v: number) => y0 + H - 28 - ((H - 60) * v) / (top || 1);
    const curve = (ys: Float64Array, colour: string, dash: number[]) => {
      ctx.beginPath();
      ctx.setLineDash(dash);
      ctx.strokeStyle = colour;
      ctx.lineWidth = 2;
      for (let j = 0; j < LESSON_POINTS; j++) (j ? ctx.lineTo : ctx.moveTo).call(ctx, px(j), py(ys[j]!));
      ctx.stroke();
      ctx.setLineDash([]);
    };
    curve(this.ys1, 'rgba(200,200,200,0.5)', [4, 4]);
    curve(this.ys, css(show.colours[focus]!), []);
    const zero = px(((0 - lo) / (hi - lo)) * (LESSON_POINTS - 1));
    ctx.strokeStyle = '#666';
    ctx.beginPath();
    ctx.moveTo(zero, y0 + 30);
    ctx.lineTo(zero, y0 + H - 24);
    ctx.stroke();
    ctx.fillStyle = '#ddd';
    ctx.font = '13px ui-monospace, monospace';
    ctx.fillText(`writer ${focus + 1}: next x-move at T ${T.toFixed(2)} (dashed: T 1)`, x0 + 10, y0 + 18);
    ctx.fillStyle = '#888';
    ctx.fillText('left   0   right', zero - 56, y0 + H - 8);
  }
}
