/**
 * Real headless Chromium against the built app served by our own static server.
 * Each test page gets its own server so it can point at its own config or weights.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { pathsFromEnv } from '../../server/files.ts';
import { startStatic } from '../../server/static.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

export interface Served {
  url: string;
  /** the user config file this server hands the page, if any */
  configFile?: string;
  server: Server;
  close(): Promise<void>;
}

/** Serve dist/ with an optional user config (object) and weights folder. */
export async function serve(opts: { config?: object | string; weightsDir?: string } = {}): Promise<Served> {
  const env: NodeJS.ProcessEnv = {};
  if (opts.config !== undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'scriptorium-cfg-'));
    const file = join(dir, 'local.json');
    writeFileSync(file, typeof opts.config === 'string' ? opts.config : JSON.stringify(opts.config));
    env.SCRIPTORIUM_CONFIG = file;
  } else env.SCRIPTORIUM_CONFIG = join(ROOT, 'tests/browser/no-such-config.json');
  if (opts.weightsDir) env.SCRIPTORIUM_WEIGHTS = opts.weightsDir;
  const server = await startStatic(join(ROOT, 'dist'), pathsFromEnv(ROOT, env), 0);
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, server, configFile: env.SCRIPTORIUM_CONFIG, close: () => new Promise((r) => server.close(() => r())) };
}

/** Open the page and collect console messages. */
export async function open(browser: Browser, url: string, size = { width: 1280, height: 720 }): Promise<{ page: Page; logs: string[] }> {
  const page = await browser.newPage({ viewport: size });
  const logs: string[] = [];
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return { page, logs };
}

/** Count canvas pixels close to each colour (r, g, b); the canvas is read as a user would see it. */
export async function inkByColour(page: Page, colours: Array<{ r: number; g: number; b: number }>, tolerance = 40): Promise<number[]> {
  return page.evaluate(
    ({ colours, tolerance }) => {
      const canvas = document.querySelector('#stage canvas') as HTMLCanvasElement;
      const ctx = canvas.getContext('2d')!;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const counts = colours.map(() => 0);
      for (let p = 0; p < data.length; p += 4) {
        for (let c = 0; c < colours.length; c++) {
          const col = colours[c]!;
          if (Math.abs(data[p]! - col.r) + Math.abs(data[p + 1]! - col.g) + Math.abs(data[p + 2]! - col.b) < tolerance) {
            counts[c]!++;
            break;
          }
        }
      }
      return counts;
    },
    { colours, tolerance },
  );
}

/** Pixels that differ from the background. */
export async function inkPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('#stage canvas') as HTMLCanvasElement;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const r0 = data[0]!, g0 = data[1]!, b0 = data[2]!;
    let n = 0;
    for (let p = 0; p < data.length; p += 4) if (Math.abs(data[p]! - r0) + Math.abs(data[p + 1]! - g0) + Math.abs(data[p + 2]! - b0) > 30) n++;
    return n;
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
