/** Broken inputs in Chromium: the show still starts (or says clearly why it cannot) and recovers. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, inkPixels, launch, open, serve, sleep } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('problems on the page', () => {
  it('a config with bad values still draws and names the bad fields on the page', async () => {
    const served = await serve({ config: { writers: 'lots', temperature: 7, layout: { pageFull: 'explode' }, colour: 'red' } });
    const { page, logs } = await open(browser, served.url);
    await page.waitForSelector('#notice.config');
    const text = (await page.locator('#notice').textContent()) ?? '';
    expect(text).toContain('writers:');
    expect(text).toContain('got "lots"; using 6');
    expect(text).toMatch(/temperature: .*got 7; using 0\.5/);
    expect(text).toMatch(/layout\.pageFull: .*"clear".*got "explode"/);
    expect(text).toContain('colour: unknown setting, ignored');
    expect(logs.some((l) => l.includes('config: temperature'))).toBe(true);
    await sleep(2000);
    expect(await inkPixels(page)).toBeGreaterThan(200);
    expect(await page.locator('#hud tr[data-writer]').count()).toBe(6);
    await served.close();
  });

  it('a config file that is not JSON is named and the defaults are used', async () => {
    const served = await serve({ config: '{ "writers": 3, ' });
    const { page } = await open(browser, served.url);
    await page.waitForSelector('#notice.config');
    expect(await page.locator('#notice').textContent()).toMatch(/is not valid JSON/);
    await served.close();
  });

  it('a truncated weights file shows what is wrong, and the show starts once the file is fixed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scriptorium-weights-'));
    copyFileSync(join(ROOT, 'weights/manifest.json'), join(dir, 'manifest.json'));
    const bin = readFileSync(join(ROOT, 'weights/pen-model.bin'));
    writeFileSync(join(dir, 'pen-model.bin'), bin.subarray(0, 5000));
    const served = await serve({ weightsDir: dir });
    const { page } = await open(browser, served.url);
    await page.waitForSelector('#notice.fatal');
    const text = (await page.locator('#notice').textContent()) ?? '';
    expect(text).toContain('The handwriting model could not be loaded');
    expect(text).toMatch(/pen-model\.bin has 5000 bytes, the manifest expects \d+ \(truncated/);
    // the cause goes away: the page recovers on its own
    writeFileSync(join(dir, 'pen-model.bin'), bin);
    await page.waitForSelector('#notice.fatal', { state: 'hidden', timeout: 12_000 });
    await sleep(1500);
    expect(await inkPixels(page)).toBeGreaterThan(100);
    await served.close();
  });
});
