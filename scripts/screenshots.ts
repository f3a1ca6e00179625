/**
 * Screenshots of the views for docs/: the page in headless Chromium with each
 * view on, and a visitor's word continued by a writer.
 *   npx vite build && npx tsx scripts/screenshots.ts
 */
import { resolve } from 'node:path';
import { launch, serve, sleep } from '../tests/browser/harness.ts';

const root = resolve(import.meta.dirname, '..');
const shot = (name: string) => resolve(root, 'docs', name);
const browser = await launch();
const served = await serve({ config: { hud: { visible: false }, writers: 6, speed: 60, layout: { lineHeight: 80 } } });

async function page(keys: string[], seconds: number, name: string) {
  const p = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await p.goto(served.url);
  await sleep(seconds * 1000);
  for (const k of keys) await p.keyboard.press(k);
  await sleep(600);
  await p.screenshot({ path: shot(name) });
  await p.close();
}

await page([], 14, 'show.png');
await page(['v'], 10, 'view-mixture.png');
await page(['t'], 10, 'view-lesson.png');
await page(['g'], 10, 'view-futures.png');

// a visitor writes "hello"-ish loops with the mouse; a writer carries on in white
const p = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await p.goto(served.url);
await sleep(3000);
await p.mouse.move(420, 420);
await p.mouse.down();
for (let k = 1; k <= 90; k++) {
  const t = k / 6;
  await p.mouse.move(420 + k * 2.6 + 10 * Math.cos(t * 2), 420 - 26 * Math.abs(Math.sin(t)) + 6 * Math.sin(t * 2), { steps: 2 });
}
await p.mouse.up();
await sleep(4500);
await p.screenshot({ path: shot('view-visitor.png') });
await p.close();
await browser.close();
await served.close();
console.log('wrote docs/show.png, view-mixture.png, view-lesson.png, view-futures.png, view-visitor.png');
