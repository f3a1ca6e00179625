/**
 * Frame time of the real page in headless Chromium (software rendering, 1920x1080)
 * with 6, 24 and 64 writers at 60 pen steps/s each, 10 s per row, and where the
 * time goes: stepping the model versus drawing the ink.
 */
import { launch, serve, sleep } from '../tests/browser/harness.ts';

const SECONDS = Number(process.env.BENCH_FRAME_SECONDS ?? 10);
const MODE = (process.env.BENCH_MODEL_THREAD ?? 'worker') as 'worker' | 'page';
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? NaN;
};

const browser = await launch();
console.log(`\nheadless Chromium, 1920x1080, pixel density 1, speed 60 steps/s, ${SECONDS} s per row`);
console.log(`model thread: ${MODE}`);
console.log('| writers | frames/s | frame time median / p99 (ms, rAF timestamps) | frame time median / p99 (ms, p5 deltaTime) | page thread: show tick median / p99 (ms) | page thread: ink draw median / p99 (ms) | worker: model per frame median / p99 (ms) | writer-steps/s done |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const writers of (process.env.BENCH_WRITERS ?? '6,24,64,128,256').split(',').map(Number)) {
  const served = await serve({ config: { writers, maxWriters: Math.max(64, writers), speed: 60, hud: { visible: false }, glideSeconds: 0, modelThread: MODE } });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(served.url);
  await page.waitForFunction(() => 'scriptorium' in window);
  await sleep(2000);
  // a string, not a function: tsx would add helpers (__name) the page does not have
  const r = (await page.evaluate(`(async () => {
    const app = await window.scriptorium;
    const sum = (a) => Array.from(a).reduce((x, y) => x + y, 0);
    const steps0 = sum(app.show.steps);
    const start = app.frames.count;
    // the browser's own frame timestamps (vsync-aligned), beside p5's deltaTime
    const raf = [];
    let last = 0, on = true;
    const tickRaf = (t) => { if (last) raf.push(t - last); last = t; if (on) requestAnimationFrame(tickRaf); };
    requestAnimationFrame(tickRaf);
    await new Promise((r) => setTimeout(r, ${SECONDS} * 1000));
    on = false;
    const f = app.frames;
    const n = Math.min(f.count - start, f.size);
    const out = { model: [], worker: [], ink: [], interval: [], raf, steps: sum(app.show.steps) - steps0, n: f.count - start };
    for (let k = 0; k < n; k++) {
      const i = (f.count - 1 - k) % f.size;
      out.model.push(f.model[i]); out.worker.push(f.worker[i]); out.ink.push(f.ink[i]); out.interval.push(f.interval[i]);
    }
    return out;
  })()`)) as { model: number[]; worker: number[]; ink: number[]; interval: number[]; raf: number[]; steps: number; n: number };
  console.log(
    `| ${writers} | ${(r.n / SECONDS).toFixed(1)} | ${pct(r.raf, 0.5).toFixed(2)} / ${pct(r.raf, 0.99).toFixed(2)} | ${pct(r.interval, 0.5).toFixed(1)} / ${pct(r.interval, 0.99).toFixed(1)} | ${pct(r.model, 0.5).toFixed(2)} / ${pct(r.model, 0.99).toFixed(2)} | ${pct(r.ink, 0.5).toFixed(2)} / ${pct(r.ink, 0.99).toFixed(2)} | ${MODE === 'worker' ? `${pct(r.worker, 0.5).toFixed(2)} / ${pct(r.worker, 0.99).toFixed(2)}` : '-'} | ${(r.steps / SECONDS).toFixed(0)} |`,
  );
  await page.close();
  await served.close();
}
await browser.close();
