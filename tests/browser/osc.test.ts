/**
 * OSC end to end: real UDP packets (node dgram) into the real bridge process,
 * the real page in headless Chromium, feedback caught on a bound UDP socket.
 */
import { type Socket, createSocket } from 'node:dgram';
import OSC from 'osc-js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type BridgeProc, closeUdp, msg, sendUdp, startBridge } from './bridge-process.ts';
import { type Served, inkPixels, launch, open, serve, sleep } from './harness.ts';

const UDP = 19_000 + Math.floor(Math.random() * 500);
const WS = UDP + 1000;
const FEEDBACK = UDP + 2000;

let browser: Browser;
let served: Served;
let bridge: BridgeProc;
let page: Page;
let feedback: Socket;
const received: Array<{ address: string; args: unknown[]; types: string }> = [];

const hudCell = async (writer: number, col: string) => page.locator(`#hud tr[data-writer="${writer}"] td.${col}`).textContent();
async function waitFor(fn: () => Promise<boolean>, ms = 3000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fn()) return true;
    await sleep(50);
  }
  return fn();
}

beforeAll(async () => {
  const config = {
    glideSeconds: 0,
    osc: { udpHost: '127.0.0.1', udpPort: UDP, wsHost: '127.0.0.1', wsPort: WS, feedback: { enabled: true, host: '127.0.0.1', port: FEEDBACK }, penStream: true },
  };
  served = await serve({ config });
  bridge = await startBridge({ config: served.configFile!, origin: new URL(served.url).origin });
  feedback = createSocket('udp4');
  feedback.on('message', (buf) => {
    const p = new OSC.Packet();
    p.unpack(new DataView(buf.buffer, buf.byteOffset, buf.byteLength));
    const m = p.value as unknown as { address: string; args: unknown[]; types: string };
    received.push({ address: m.address, args: m.args, types: m.types });
  });
  await new Promise<void>((r) => feedback.bind(FEEDBACK, '127.0.0.1', () => r()));
  browser = await launch();
  ({ page } = await open(browser, served.url));
  await page.waitForSelector('#hud tr[data-writer]');
  expect(await waitFor(async () => ((await page.locator('#hud .link-osc').textContent()) ?? '').includes('bridge connected'), 8000)).toBe(true);
});

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
  await served?.close();
  feedback?.close();
  closeUdp();
});

describe('OSC into the show', () => {
  it('/writer/2/temperature as f, i and d each change writer 2, as the HUD shows', async () => {
    for (const [type, value, shown] of [['f', 0.3, '0.30'], ['i', 1, '1.00'], ['d', 0.7, '0.70']] as const) {
      await sendUdp(UDP, msg('/writer/2/temperature', [type, value]));
      expect(await waitFor(async () => (await hudCell(2, 'temperature')) === shown), `type ${type}`).toBe(true);
      expect(await hudCell(1, 'temperature')).toBe('0.50');
    }
  });

  it('a bundle time-tagged an hour ahead applies at once, nested bundles too', async () => {
    // osc-js's Message infers the type: integers go out as ,i (what Max sends for ints)
    const inner = new OSC.Bundle([new OSC.Message('/writer/4/speed', 77)], Date.now() + 3_600_000);
    const outer = new OSC.Bundle([inner, new OSC.Message('/writer/5/speed', 66)], Date.now() + 3_600_000);
    const t0 = Date.now();
    await sendUdp(UDP, outer.pack());
    expect(await waitFor(async () => (await hudCell(4, 'speed')) === '77' && (await hudCell(5, 'speed')) === '66')).toBe(true);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('a pattern address reaches exactly the writers it names', async () => {
    await sendUdp(UDP, msg('/writer/{1,3}/speed', ['f', 100]));
    expect(await waitFor(async () => (await hudCell(1, 'speed')) === '100' && (await hudCell(3, 'speed')) === '100')).toBe(true);
    expect(await hudCell(2, 'speed')).toBe('45');
    const restartsBefore = await page.locator('#hud tr[data-writer] td.restarts').allTextContents();
    await sendUdp(UDP, msg('/writer/*/restart'));
    expect(await waitFor(async () => (await page.locator('#hud tr[data-writer] td.restarts').allTextContents()).every((r, i) => Number(r) === Number(restartsBefore[i]) + 1))).toBe(true);
  });

  it('/norm addresses take 0-1 and global writes reach every writer', async () => {
    await sendUdp(UDP, msg('/speed/norm', ['f', 0.25]));
    expect(await waitFor(async () => (await page.locator('#hud tr[data-writer] td.speed').allTextContents()).every((s) => s === '60'))).toBe(true);
  });

  it('applied changes come back as feedback on UDP, typed f or i', async () => {
    received.length = 0;
    await sendUdp(UDP, msg('/writer/2/temperature', ['f', 0.42]));
    await sendUdp(UDP, msg('/writers', ['i', 5]));
    expect(await waitFor(async () => received.some((r) => r.address === '/writers'))).toBe(true);
    const t = received.find((r) => r.address === '/writer/2/temperature')!;
    expect(t.types).toBe(',f');
    expect(t.args[0] as number).toBeCloseTo(0.42, 5);
    expect(received.find((r) => r.address === '/writers')).toMatchObject({ types: ',i', args: [5] });
    await sendUdp(UDP, msg('/writer/1/restart', ['i', 1]));
    expect(await waitFor(async () => received.some((r) => r.address === '/writer/1/restarted'))).toBe(true);
    await sendUdp(UDP, msg('/writers', ['i', 6]));
  });

  it('bad packets are dropped, counted and logged; the show keeps drawing and the next valid message works', async () => {
    const before = await inkPixels(page);
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const valid = msg('/writer/6/temperature', ['f', 0.2]);
    for (let i = 0; i < 100_000; i++) {
      let bytes: Uint8Array;
      const kind = i % 4;
      if (kind === 0) bytes = Uint8Array.from({ length: 4 + Math.floor(rand() * 60) }, () => Math.floor(rand() * 256));
      else if (kind === 1) bytes = valid.slice(0, Math.floor(rand() * valid.length));
      else if (kind === 2) bytes = msg(`/nope/${i % 7}`, ['f', 1]);
      else bytes = msg('/writer/3/speed', ['s', 'fast']);
      if (bytes.length) await sendUdp(UDP, bytes);
      if (i % 5000 === 0) await sleep(5);
    }
    await sendUdp(UDP, new Uint8Array(60_000));
    for (let i = 0; i < 5000; i++) await sendUdp(UDP, msg('/writer/6/speed', ['f', 20 + (i % 50)]));
    await sleep(500);
    await sendUdp(UDP, msg('/writer/6/temperature', ['f', 0.33]));
    expect(await waitFor(async () => (await hudCell(6, 'temperature')) === '0.33', 8000)).toBe(true);
    expect(bridge.proc.exitCode).toBeNull();
    expect(bridge.log.some((l) => l.includes('malformed'))).toBe(true);
    expect(bridge.log.some((l) => l.includes('unknown address'))).toBe(true);
    expect(bridge.log.some((l) => l.includes('expected one number'))).toBe(true);
    // rate-limited: far fewer log lines than bad packets
    expect(bridge.log.length).toBeLessThan(500);
    expect(await waitFor(async () => /dropped \(\d+ malformed, \d+ unknown address, \d+ wrong type\)/.test((await page.locator('#hud .link-osc').textContent()) ?? ''))).toBe(true);
    await sleep(500);
    expect(await inkPixels(page)).not.toBe(before);
  });

  it('streams each writer\'s pen as /writer/<n>/pen x y down', async () => {
    received.length = 0;
    await sleep(300);
    const pens = received.filter((r) => /^\/writer\/\d+\/pen$/.test(r.address));
    expect(new Set(pens.map((p) => p.address)).size).toBe(6);
    for (const p of pens) {
      expect(p.types).toBe(',ffi');
      const [x, y, down] = p.args as [number, number, number];
      expect(x).toBeGreaterThanOrEqual(-0.1);
      expect(x).toBeLessThanOrEqual(1.1);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(1);
      expect([0, 1]).toContain(down);
    }
  });

  it('/scene <n> recalls a scene saved with shift+F<n>', async () => {
    await sendUdp(UDP, msg('/writer/2/temperature', ['f', 0.25]));
    expect(await waitFor(async () => (await hudCell(2, 'temperature')) === '0.25')).toBe(true);
    await page.keyboard.press('Shift+F2');
    await sendUdp(UDP, msg('/writer/2/temperature', ['f', 0.9]));
    expect(await waitFor(async () => (await hudCell(2, 'temperature')) === '0.90')).toBe(true);
    await sendUdp(UDP, msg('/scene', ['i', 2]));
    expect(await waitFor(async () => (await hudCell(2, 'temperature')) === '0.25')).toBe(true);
  });

  it('refuses a WebSocket from another origin', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${WS}`, { origin: 'http://evil.example' });
    const result = await new Promise<string>((r) => {
      ws.on('open', () => r('open'));
      ws.on('unexpected-response', (_req, res) => r(`refused ${res.statusCode}`));
      ws.on('error', () => r('error'));
    });
    expect(result).toMatch(/refused 40[13]/);
  });

  it('the page reconnects on its own when the bridge restarts', async () => {
    await bridge.stop();
    expect(await waitFor(async () => ((await page.locator('#hud .link-osc').textContent()) ?? '').includes('not reachable'), 5000)).toBe(true);
    bridge = await startBridge({ config: served.configFile!, origin: new URL(served.url).origin });
    expect(await waitFor(async () => ((await page.locator('#hud .link-osc').textContent()) ?? '').includes('bridge connected'), 15000)).toBe(true);
    await sendUdp(UDP, msg('/writer/2/temperature', ['f', 0.61]));
    expect(await waitFor(async () => (await hudCell(2, 'temperature')) === '0.61')).toBe(true);
  });
});
