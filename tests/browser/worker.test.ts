/** The model runs in a Web Worker by default; the page's thread only draws. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inkPixels, launch, open, serve, sleep } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('model thread', () => {
  it('steps the writers in a worker: the HUD says so and the page thread spends almost nothing on the model', async () => {
    const served = await serve({ config: { writers: 24, speed: 60 } });
    const { page } = await open(browser, served.url);
    await page.waitForFunction(() => document.querySelector('#hud .link-engine')?.textContent?.includes('in a worker'), undefined, { timeout: 10_000 });
    expect(await page.locator('#hud .link-engine').textContent()).toContain('WebAssembly SIMD in a worker');
    await sleep(2000);
    const t = (await page.evaluate(`(async () => {
      const f = (await window.scriptorium).frames;
      const n = Math.min(f.count, 100);
      let page = 0, worker = 0;
      for (let k = 0; k < n; k++) { const i = (f.count - 1 - k) % f.size; page += f.model[i]; worker += f.worker[i]; }
      return { page: page / n, worker: worker / n };
    })()`)) as { page: number; worker: number };
    console.log(`24 writers at 60 steps/s: model time per frame on the page's thread ${t.page.toFixed(2)} ms, in the worker ${t.worker.toFixed(2)} ms`);
    expect(t.worker).toBeGreaterThan(t.page);
    expect(await inkPixels(page)).toBeGreaterThan(500);
    await served.close();
  });

  it('a parameter change reaches the worker within one frame', async () => {
    const served = await serve({ config: { glideSeconds: 0 } });
    const { page } = await open(browser, served.url);
    await sleep(1000);
    const frames = (await page.evaluate(`(async () => {
      const app = await window.scriptorium;
      app.registry.set('writer/1/speed', 123, 'hud');
      let n = 0;
      while (n < 30) {
        await new Promise((r) => requestAnimationFrame(r));
        n++;
        if (app.show.snapshot()[0].speed === 123) return n;
      }
      return n;
    })()`)) as number;
    // frame 1 sends the change and the tick, frame 2 shows the worker's answer
    expect(frames).toBeLessThanOrEqual(2);
    await served.close();
  });

  it('a worker that dies is replaced and the writing goes on', async () => {
    const served = await serve({ config: { writers: 3 } });
    const { page } = await open(browser, served.url);
    await sleep(1000);
    const steps = () => page.evaluate(`(async () => (await window.scriptorium).show.snapshot().reduce((a, w) => a + w.steps, 0))()`) as Promise<number>;
    // the worker crashes (terminated from outside, as a crash would end it)
    await page.evaluate(`(async () => (await window.scriptorium).show.worker.terminate())()`);
    await sleep(1000);
    const stalled = await steps();
    await sleep(1000);
    expect(await steps()).toBe(stalled);
    await page.waitForFunction(() => document.querySelector('#hud .problems')?.textContent?.includes('started a new one'), undefined, { timeout: 10_000 });
    await sleep(2000);
    expect(await steps()).toBeGreaterThan(0);
    expect(await inkPixels(page)).toBeGreaterThan(50);
    await served.close();
  });

  it('with modelThread "page" the show runs on the page thread', async () => {
    const served = await serve({ config: { modelThread: 'page' } });
    const { page } = await open(browser, served.url);
    await page.waitForFunction(() => document.querySelector('#hud .link-engine')?.textContent?.includes('WebAssembly SIMD'), undefined, { timeout: 10_000 });
    expect(await page.locator('#hud .link-engine').textContent()).not.toContain('worker');
    await sleep(1500);
    expect(await inkPixels(page)).toBeGreaterThan(200);
    await served.close();
  });
});
