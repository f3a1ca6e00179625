/**
 * The HUD: an HTML overlay that only listens. It shows frame timing, each
 * writer's live values, the MIDI and OSC connections, the last problems and the
 * keys. It is redrawn a few times a second, never per step.
 */
import { css } from '../show/colours.ts';
import type { ShowSurface } from '../show/surface.ts';

export type LinkState = 'ok' | 'off' | 'bad' | 'learn';

export interface HelpLine {
  keys: string;
  what: string;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export class Hud {
  private readonly frameMs: number[] = [];
  private readonly intervalMs: number[] = [];
  private readonly problems: string[] = [];
  private readonly links = new Map<string, { state: LinkState; text: string }>();
  private lastPaint = 0;
  private show: ShowSurface | null = null;

  constructor(private readonly el: HTMLElement, private readonly help: HelpLine[]) {}

  attach(show: ShowSurface): void {
    this.show = show;
  }

  get visible(): boolean {
    return !this.el.hidden;
  }

  set visible(v: boolean) {
    this.el.hidden = !v;
    if (v) this.paint();
  }

  toggle(): void {
    this.visible = !this.visible;
  }

  setLink(name: string, state: LinkState, text: string): void {
    this.links.set(name, { state, text });
    if (this.visible) this.paint();
  }

  problem(message: string): void {
    const stamp = new Date().toLocaleTimeString();
    this.problems.unshift(`${stamp} ${message}`);
    this.problems.length = Math.min(this.problems.length, 6);
    if (this.visible) this.paint();
  }

  /** `workMs`: time spent in our frame code; `intervalMs`: time since the previous frame */
  frame(workMs: number, intervalMs: number, now: number): void {
    this.frameMs.push(workMs);
    this.intervalMs.push(intervalMs);
    if (this.frameMs.length > 240) {
      this.frameMs.shift();
      this.intervalMs.shift();
    }
    if (this.visible && now - this.lastPaint > 250) this.paint(now);
  }

  paint(now = performance.now()): void {
    this.lastPaint = now;
    const sorted = [...this.frameMs].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
    const iv = [...this.intervalMs].sort((a, b) => a - b);
    const ivMedian = iv[Math.floor(iv.length / 2)] ?? 0;
    const fps = ivMedian > 0 ? 1000 / ivMedian : 0;
    const rows = (this.show?.snapshot() ?? [])
      .map(
        (w) =>
          `<tr data-writer="${w.writer}"><td>${w.writer}</td><td><span class="swatch" style="background:${css(w.colour)}"></span></td>` +
          `<td class="temperature">${w.temperature.toFixed(2)}</td><td class="speed">${w.speed.toFixed(0)}</td>` +
          `<td class="line">${w.line + 1}</td><td class="restarts">${w.restarts}</td></tr>`,
      )
      .join('');
    const engine = this.show ? `<div class="link-engine"><span class="ok">ENGINE</span> ${esc(this.show.engine)}</div>` : '';
    const links = engine + [...this.links.entries()]
      .map(([name, l]) => `<div class="link-${name}"><span class="${l.state}">${name.toUpperCase()}</span> ${esc(l.text)}</div>`)
      .join('');
    const problems = this.problems.length
      ? `<h2>problems</h2><div class="problems">${this.problems.map((p) => `<div class="bad">${esc(p)}</div>`).join('')}</div>`
      : '';
    const help = this.help.map((h) => `<div><kbd>${esc(h.keys)}</kbd> ${esc(h.what)}</div>`).join('');
    this.el.innerHTML =
      `<div class="fps">${fps.toFixed(0)} fps · work per frame ${median.toFixed(1)} ms (p99 ${p99.toFixed(1)} ms)${this.show?.registry.get('pause') ? ' · <b>paused</b>' : ''}</div>` +
      `<h2>writers</h2><table class="writers"><tr><th>#</th><th></th><th>temp</th><th>speed</th><th>line</th><th>restarts</th></tr>${rows}</table>` +
      `<h2>connections</h2>${links}${problems}<h2>keys</h2><div class="help">${help}</div>`;
  }
}
