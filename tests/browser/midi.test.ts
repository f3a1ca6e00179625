/**
 * MIDI in real headless Chromium. Only navigator.requestMIDIAccess is replaced
 * (there is no MIDI hardware here); webmidi, the mapper, learn, the registry and
 * the HUD are the real ones.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installFakeMidi } from './fake-midi.ts';
import { type Served, inkPixels, launch, serve, sleep } from './harness.ts';

let browser: Browser;
let served: Served;
beforeAll(async () => {
  browser = await launch();
  served = await serve({ config: { glideSeconds: 0 } });
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function midiPage(mode: 'devices' | 'denied' | 'none' = 'devices'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript(installFakeMidi, mode);
  await page.goto(served.url);
  await page.waitForSelector('#hud tr[data-writer]');
  return page;
}
const send = (page: Page, bytes: number[]) => page.evaluate((b) => (window as unknown as { fakeMidi: { send(id: string, b: number[]): void } }).fakeMidi.send('in-1', b), bytes);
const cc = (page: Page, n: number, v: number, ch = 1) => send(page, [0xb0 + ch - 1, n, v]);
const note = (page: Page, n: number, v = 100, ch = 1) => send(page, [0x90 + ch - 1, n, v]);
const cell = (page: Page, w: number, col: string) => page.locator(`#hud tr[data-writer="${w}"] td.${col}`).textContent();
const midiText = (page: Page) => page.locator('#hud .link-midi').textContent();
async function until(fn: () => Promise<boolean>, ms = 3000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fn()) return true;
    await sleep(50);
  }
  return fn();
}
/** Sweep a knob through its whole travel, as a hand would, so pick-up engages. */
async function sweep(page: Page, n: number, to: number, ch = 1) {
  for (let v = 0; v <= 127; v += 8) await cc(page, n, v, ch);
  for (let v = 127; v >= to; v -= 8) await cc(page, n, v, ch);
  await cc(page, n, to, ch);
}

describe('MIDI', () => {
  it('shows the connected device; a CC moves writer 2 temperature as the HUD shows', async () => {
    const page = await midiPage();
    expect(await until(async () => ((await midiText(page)) ?? '').includes('nanoKONTROL2'))).toBe(true);
    // default mapping: CC 22 -> writer 2 temperature, with pick-up
    await cc(page, 22, 127);
    await sleep(300);
    expect(await cell(page, 2, 'temperature')).toBe('0.50'); // knob far from the value: pick-up waits
    await sweep(page, 22, 100);
    expect(await until(async () => (await cell(page, 2, 'temperature')) === (0.05 + (100 / 127) * 1.45).toFixed(2))).toBe(true);
    expect(await cell(page, 1, 'temperature')).toBe('0.50');
    await page.close();
  });

  it('a note restarts writer 3: its line moves and its state changes', async () => {
    const page = await midiPage();
    await until(async () => ((await midiText(page)) ?? '').includes('nanoKONTROL2'));
    const state = () => page.evaluate(async () => (await (window as unknown as { scriptorium: Promise<{ show: { snapshot(): Array<{ stateSignature: number; line: number; restarts: number }> } }> }).scriptorium).show.snapshot()[2]!);
    const before = await state();
    await note(page, 38);
    await sleep(100);
    const after = await state();
    expect(after.restarts).toBe(before.restarts + 1);
    expect(after.line).not.toBe(before.line);
    expect(after.stateSignature).not.toBe(before.stateSignature);
    await page.close();
  });

  it('MIDI learn binds a knob end to end and keeps it after a reload', async () => {
    const page = await midiPage();
    await until(async () => ((await midiText(page)) ?? '').includes('nanoKONTROL2'));
    await page.keyboard.press('m');
    await page.selectOption('#learn select.target', 'writer/1/speed');
    expect(await page.locator('#learn .status').textContent()).toContain('now move a knob');
    await cc(page, 50, 3, 2); // CC 50 on channel 2 is not mapped by default
    expect(await until(async () => ((await page.locator('#learn .learned').textContent()) ?? '').includes('CC 50 ch 2 (nanoKONTROL2) → writer/1/speed'))).toBe(true);
    await sweep(page, 50, 127, 2);
    expect(await until(async () => (await cell(page, 1, 'speed')) === '240')).toBe(true);
    await page.click('#learn button.export');
    const exported = JSON.parse(await page.locator('#learn textarea.json').inputValue()) as { midi: { controls: Array<{ cc: number; target: string }> } };
    expect(exported.midi.controls).toContainEqual({ cc: 50, channel: 2, device: 'nanoKONTROL2', target: 'writer/1/speed' });

    await page.reload();
    await page.waitForSelector('#hud tr[data-writer]');
    await until(async () => ((await midiText(page)) ?? '').includes('nanoKONTROL2'));
    await sweep(page, 50, 0, 2);
    expect(await until(async () => (await cell(page, 1, 'speed')) === '0')).toBe(true);
    await page.close();
  });

  it('unplug and replug: the mapping still works, once per message', async () => {
    const page = await midiPage();
    await until(async () => ((await midiText(page)) ?? '').includes('nanoKONTROL2'));
    await page.evaluate(() => (window as unknown as { fakeMidi: { unplug(id: string): void } }).fakeMidi.unplug('in-1'));
    expect(await until(async () => ((await midiText(page)) ?? '').includes('no MIDI input'))).toBe(true);
    await page.evaluate(() => (window as unknown as { fakeMidi: { plug(id: string, n: string): void } }).fakeMidi.plug('in-1', 'nanoKONTROL2'));
    expect(await until(async () => ((await midiText(page)) ?? '').includes('nanoKONTROL2'))).toBe(true);
    await sleep(100);
    const before = Number(await cell(page, 4, 'restarts'));
    await note(page, 39);
    await sleep(300);
    expect(Number(await cell(page, 4, 'restarts'))).toBe(before + 1);
    await page.close();
  });

  it('a flood of 10,000 random MIDI messages leaves the show drawing at its frame rate', async () => {
    const page = await midiPage();
    await until(async () => ((await midiText(page)) ?? '').includes('nanoKONTROL2'));
    const frames = (ms: number) =>
      page.evaluate(
        (ms) =>
          new Promise<number>((resolve) => {
            let n = 0;
            const end = performance.now() + ms;
            const f = () => (performance.now() < end ? (n++, requestAnimationFrame(f)) : resolve(n));
            requestAnimationFrame(f);
          }),
        ms,
      );
    const baseline = await frames(1000);
    const inkBefore = await inkPixels(page);
    const [during] = await Promise.all([
      frames(1000),
      page.evaluate(() => {
        const midi = (window as unknown as { fakeMidi: { send(id: string, b: number[]): void } }).fakeMidi;
        let s = 7;
        const r = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
        for (let i = 0; i < 10_000; i++) {
          const status = [0xb0, 0x90, 0x80, 0xf8, 0xe0, 0xc0][Math.floor(r() * 6)]! + (r() < 0.5 ? 0 : Math.floor(r() * 16));
          midi.send('in-1', status >= 0xf0 ? [0xf8] : [status, Math.floor(r() * 128), Math.floor(r() * 128)]);
        }
      }),
    ]);
    console.log(`frames in 1 s: ${baseline} before, ${during} during the flood`);
    expect(during).toBeGreaterThan(baseline * 0.8);
    await sleep(500);
    expect(await inkPixels(page)).not.toBe(inkBefore);
    await page.close();
  });

  it('no Web MIDI or permission denied: the show runs and the HUD says why', async () => {
    const none = await midiPage('none');
    expect(await until(async () => ((await midiText(none)) ?? '').includes('no Web MIDI'))).toBe(true);
    await sleep(1000);
    expect(await inkPixels(none)).toBeGreaterThan(100);
    await none.close();
    const denied = await midiPage('denied');
    expect(await until(async () => ((await midiText(denied)) ?? '').includes('permission denied'))).toBe(true);
    await denied.close();
  });
});
