/** The tutorial's views and visitor writing, in Chromium. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Served, launch, open, serve, sleep } from './harness.ts';

let browser: Browser;
let served: Served;
beforeAll(async () => {
  browser = await launch();
  served = await serve({ config: { hud: { visible: false } } });
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

type Snap = Array<{ writer: number; x: number; y: number; visitor: boolean; steps: number }>;
const snapshot = (page: Page) => page.evaluate(`(async () => (await window.scriptorium).show.snapshot())()`) as Promise<Snap>;
const overlayPixels = (page: Page) =>
  page.evaluate(() => {
    const c = document.getElementById('overlay') as HTMLCanvasElement;
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let k = 3; k < d.length; k += 4) if (d[k]! > 10) n++;
    return n;
  });

describe('views', () => {
  it('v, t and g turn the mixture view, the lesson and the futures on and off', async () => {
    const { page } = await open(browser, served.url);
    await sleep(800);
    expect(await overlayPixels(page)).toBe(0);
    for (const key of ['v', 't', 'g']) {
      await page.keyboard.press(key);
      await sleep(300);
      expect(await overlayPixels(page), `${key} on`).toBeGreaterThan(200);
      await page.keyboard.press(key);
      await sleep(200);
      expect(await overlayPixels(page), `${key} off`).toBe(0);
    }
    await page.close();
  });

  it('reports the frame rate with every view on', async () => {
    const { page } = await open(browser, served.url);
    await sleep(500);
    for (const key of ['v', 't', 'g']) await page.keyboard.press(key);
    await sleep(500);
    const fps = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let n = 0;
          const end = performance.now() + 2000;
          const f = () => (performance.now() < end ? (n++, requestAnimationFrame(f)) : resolve(n / 2));
          requestAnimationFrame(f);
        }),
    );
    console.log(`frame rate with the mixture view, lesson and futures on (6 writers): ${fps.toFixed(1)} fps`);
    expect(fps).toBeGreaterThan(20);
    await page.close();
  });

  it('a word written with the mouse is continued by a writer from where it ended', async () => {
    const { page } = await open(browser, served.url);
    await sleep(500);
    // a small cursive-like zigzag "word" in the middle of the page
    const x0 = 500, y0 = 400;
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    for (let k = 1; k <= 40; k++) await page.mouse.move(x0 + k * 3, y0 - 14 * Math.abs(Math.sin(k / 3)), { steps: 2 });
    await page.mouse.up();
    const endX = x0 + 120, endY = y0 - 14 * Math.abs(Math.sin(40 / 3));
    const t0 = Date.now();
    let continuing: Snap[number] | undefined;
    while (Date.now() - t0 < 2500 && !continuing) {
      continuing = (await snapshot(page)).find((w) => w.visitor);
      if (!continuing) await sleep(50);
    }
    expect(continuing, 'a writer took over the visitor word').toBeDefined();
    const tookMs = Date.now() - t0;
    console.log(`visitor continuation started ${tookMs} ms after the pen lifted (700 ms of it is the pause that ends a word)`);
    expect(tookMs).toBeLessThan(1500);
    const first = continuing!;
    // it starts at the end of the word (it may already have made its first moves, often a pen-up to the next letter)
    expect(first.x).toBeGreaterThan(endX - 40);
    expect(first.x).toBeLessThan(endX + 150);
    expect(Math.abs(first.y - endY)).toBeLessThan(64);
    await sleep(800);
    const later = (await snapshot(page)).find((w) => w.writer === first.writer)!;
    expect(later.visitor).toBe(true);
    expect(later.steps).toBeGreaterThan(first.steps);
    expect(later.x).toBeGreaterThan(endX - 80);
    await page.close();
  });

  it('with visitor writing off, drawing does nothing', async () => {
    const { page } = await open(browser, served.url);
    await page.keyboard.press('w');
    await page.mouse.move(300, 300);
    await page.mouse.down();
    await page.mouse.move(400, 320, { steps: 10 });
    await page.mouse.up();
    await sleep(1200);
    expect((await snapshot(page)).some((w) => w.visitor)).toBe(false);
    await page.close();
  });
});
