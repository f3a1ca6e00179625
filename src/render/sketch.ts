/** The p5 sketch (instance mode): owns the canvas and drives the show's tick from draw(). */
import p5 from 'p5';
import type { Config } from '../config/schema.ts';
import { parseHex } from '../show/colours.ts';
import type { ShowSurface } from '../show/surface.ts';
import { InkRenderer } from './ink.ts';
import { OverlayRenderer } from './overlay.ts';

/** Recent per-frame timings (ms), for the HUD and the benchmark: where the frame time goes. */
export class FrameStats {
  readonly size = 600;
  readonly model = new Float64Array(this.size);
  readonly ink = new Float64Array(this.size);
  readonly interval = new Float64Array(this.size);
  /** model time on the worker's thread (0 when the model runs on the page's thread) */
  readonly worker = new Float64Array(this.size);
  count = 0;

  push(model: number, ink: number, interval: number, worker: number): void {
    const i = this.count++ % this.size;
    this.worker[i] = worker;
    this.model[i] = model;
    this.ink[i] = ink;
    this.interval[i] = interval;
  }
}

export interface SketchHooks {
  /** called after each frame: our work in it (ms), the time since the previous frame (ms), now */
  frame(workMs: number, intervalMs: number, now: number): void;
  /** a frame threw: the show keeps going, the hook decides whether to reload */
  failed(e: unknown): void;
}

// p5's friendly-error checks misread our minified bundle's names as clashes and cost time per call
(p5 as unknown as { disableFriendlyErrors: boolean }).disableFriendlyErrors = true;

export function startSketch(stage: HTMLElement, show: ShowSurface, config: Config, hooks: SketchHooks, stats: FrameStats): p5 {
  return new p5((p: p5) => {
    let ink: InkRenderer;
    let overlay: OverlayRenderer;
    p.setup = () => {
      p.pixelDensity(config.pixelDensity);
      p.createCanvas(window.innerWidth, window.innerHeight);
      const ctx = p.drawingContext as CanvasRenderingContext2D;
      ink = new InkRenderer(ctx, show, show.registry, parseHex(config.background), () => p.pixelDensity(), parseHex(config.visitorColour));
      ink.clear(p.width, p.height);
      const oc = document.createElement('canvas');
      oc.id = 'overlay';
      stage.appendChild(oc);
      overlay = new OverlayRenderer(oc, show, show.registry, config.pixelDensity);
      overlay.resize(p.width, p.height);
      show.resize(p.width, p.height);
    };
    p.draw = () => {
      const t0 = performance.now();
      let t1 = t0;
      try {
        const dt = Math.min(p.deltaTime, 1000) / 1000;
        show.tick(dt);
        t1 = performance.now();
        ink.draw(p.width, p.height, dt);
        overlay.draw();
      } catch (e) {
        hooks.failed(e);
      }
      const t2 = performance.now();
      stats.push(t1 - t0, t2 - t1, p.deltaTime, show.workerMs);
      hooks.frame(t2 - t0, p.deltaTime, t2);
    };
    p.windowResized = () => {
      p.resizeCanvas(window.innerWidth, window.innerHeight);
      ink.clear(p.width, p.height);
      overlay.resize(p.width, p.height);
      show.resize(p.width, p.height);
    };
  }, stage);
}
