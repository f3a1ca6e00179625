import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Served, inkByColour, inkPixels, launch, open, serve, sleep } from './harness.ts';

let browser: Browser;
let served: Served;
beforeAll(async () => {
  browser = await launch();
  served = await serve();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const hex = (h: string) => ({ r: parseInt(h.slice(1, 3), 16), g: parseInt(h.slice(3, 5), 16), b: parseInt(h.slice(5, 7), 16) });
const PALETTE = ['#f4d35e', '#ee964b', '#f95738', '#7ad3c0', '#9db4ff', '#e0aaff'].map(hex);

describe('the installation in Chromium', () => {
  it('every writer puts its colour on the canvas and the ink keeps growing', async () => {
    const { page, logs } = await open(browser, served.url);
    await sleep(3000);
    const first = await inkByColour(page, PALETTE);
    await sleep(2000);
    const later = await inkByColour(page, PALETTE);
    for (let i = 0; i < 6; i++) {
      expect(first[i], `writer ${i + 1} colour ${JSON.stringify(PALETTE[i])}`).toBeGreaterThan(50);
      expect(later[i]!, `writer ${i + 1} keeps writing`).toBeGreaterThan(first[i]!);
    }
    // without a bridge running the page retries its WebSocket, which Chromium logs; anything else is a failure
    expect(logs.filter((l) => (l.startsWith('error') || l.startsWith('pageerror')) && !l.includes('WebSocket connection to'))).toEqual([]);
    await page.close();
  });

  it('HUD toggles with h and shows one row per writer', async () => {
    const { page } = await open(browser, served.url);
    await page.waitForSelector('#hud table.writers tr[data-writer]');
    expect(await page.locator('#hud tr[data-writer]').count()).toBe(6);
    await page.keyboard.press('h');
    expect(await page.locator('#hud').isHidden()).toBe(true);
    await page.keyboard.press('h');
    expect(await page.locator('#hud').isVisible()).toBe(true);
    await page.close();
  });

  it('c clears the page and 3 restarts writer 3 only', async () => {
    const { page } = await open(browser, served.url);
    await sleep(2500);
    expect(await inkPixels(page)).toBeGreaterThan(500);
    await page.keyboard.press('c');
    await page.waitForTimeout(50);
    const afterClear = await inkPixels(page);
    expect(afterClear).toBeLessThan(400);

    const restarts = async () => page.locator('#hud tr[data-writer] td.restarts').allTextContents();
    const lines = async () => page.locator('#hud tr[data-writer] td.line').allTextContents();
    const beforeR = await restarts();
    const beforeL = await lines();
    await page.keyboard.press('3');
    await page.waitForTimeout(400);
    const afterR = await restarts();
    expect(Number(afterR[2])).toBe(Number(beforeR[2]) + 1);
    expect(afterR.filter((_, i) => i !== 2)).toEqual(beforeR.filter((_, i) => i !== 2));
    expect(Number((await lines())[2])).toBe(Number(beforeL[2]) + 1);
    await page.close();
  });

  it('follows a window or projector resize and keeps writing', async () => {
    const { page } = await open(browser, served.url);
    await sleep(1000);
    await page.setViewportSize({ width: 800, height: 1000 });
    await sleep(300);
    const size = await page.evaluate(() => {
      const c = document.querySelector('#stage canvas') as HTMLCanvasElement;
      return [c.width, c.height];
    });
    expect(size).toEqual([800, 1000]);
    await sleep(1500);
    expect(await inkPixels(page)).toBeGreaterThan(100);
    const xs = (await page.evaluate(`(async () => (await window.scriptorium).show.snapshot().map((w) => [w.x, w.y]))()`)) as number[][];
    for (const [x, y] of xs) {
      expect(x).toBeLessThan(800);
      expect(y).toBeLessThan(1000);
    }
    await page.close();
  });

  it('r restarts every writer', async () => {
    const { page } = await open(browser, served.url);
    await page.waitForSelector('#hud tr[data-writer]');
    await page.keyboard.press('r');
    await page.waitForTimeout(400);
    const r = await page.locator('#hud tr[data-writer] td.restarts').allTextContents();
    expect(r).toEqual(['1', '1', '1', '1', '1', '1']);
    await page.close();
  });
});
