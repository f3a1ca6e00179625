/**
 * The sample sheet: lines written by the TypeScript engine on the shipped model at
 * temperatures 0.25, 0.5, 0.65 and 1.0, drawn to docs/samples.svg and, through
 * headless Chromium, docs/samples.png.
 *
 *   npx tsx scripts/samples.ts [steps per line, default 700]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { PenBatch } from '../src/model/batch.ts';
import { readWeights } from '../src/model/node-weights.ts';
// @ts-expect-error plain JS helper
import { findChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const STEPS = Number(process.argv[2] ?? 700);
const TEMPS = [0.25, 0.5, 0.65, 1.0];
const LINES_PER_TEMP = 2;
const W = 1800, ROW = 96, PAD = 40, LABEL = 90;

const w = await readWeights(resolve(root, 'weights/manifest.json'));
// the same scale as the show's default (64 px lines): letters at their size on the wall
const PX = 64 / w.lineHeightFontUnits;
const rows: string[] = [];
let y = PAD;
for (const t of TEMPS) {
  rows.push(`<text x="${PAD}" y="${y + ROW / 2 + 6}" font-family="monospace" font-size="18" fill="#666">T ${t.toFixed(2)}</text>`);
  for (let line = 0; line < LINES_PER_TEMP; line++) {
    const b = new PenBatch(w, 1, 1000 + line + Math.round(t * 100));
    b.randomState(0);
    b.temperature[0] = t;
    // wrap like the show: past the right edge, between strokes, go to the next row
    const left = PAD + LABEL;
    let x = left, yy = y + ROW * 0.6, base = yy, down = false;
    let d = `M${x.toFixed(1)} ${yy.toFixed(1)}`;
    for (let s = 0; s < STEPS; s++) {
      b.step(1);
      const nx = x + b.x[0]! * w.scaleX * PX, ny = yy + b.x[1]! * w.scaleY * PX;
      if (!down && nx > W - PAD) {
        y += ROW;
        base = y + ROW * 0.6;
        x = left;
        yy = base;
        d += `M${x.toFixed(1)} ${yy.toFixed(1)}`;
      } else {
        x = nx;
        yy = ny;
        d += `${down ? 'L' : 'M'}${x.toFixed(1)} ${yy.toFixed(1)}`;
      }
      down = b.x[2]! < 0.5;
    }
    rows.push(`<path d="${d}" fill="none" stroke="#1b1b2a" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`);
    y += ROW;
  }
}
const H = y + PAD;
const m = w.manifest.training as Record<string, unknown> | undefined;
const caption = `Scriptorium pen model, TypeScript engine, ${STEPS} steps per line, random start state, 64 px line height · trained ${String(m?.steps ?? '?')} batches, held-out ${String(m?.heldOutLossNatsPerPoint ?? '?')} nats/point`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H + 30}" viewBox="0 0 ${W} ${H + 30}"><rect width="100%" height="100%" fill="#fbfaf5"/>${rows.join('')}<text x="${PAD}" y="${H + 14}" font-family="monospace" font-size="14" fill="#888">${caption}</text></svg>`;
writeFileSync(resolve(root, 'docs/samples.svg'), svg);
const browser = await chromium.launch({ executablePath: findChromium() as string, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: W, height: H + 30 } });
await page.setContent(`<body style="margin:0">${svg}</body>`);
await page.screenshot({ path: resolve(root, 'docs/samples.png') });
await browser.close();
console.log(`wrote docs/samples.svg and docs/samples.png (${TEMPS.length * LINES_PER_TEMP} lines)`);
