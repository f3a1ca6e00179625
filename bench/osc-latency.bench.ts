/**
 * OSC latency: UDP packet sent -> value applied in the page (registry change), over
 * 1,000 messages through the real bridge process and headless Chromium; and the
 * round trip to the feedback socket. Both clocks are this machine's wall clock.
 */
import { createSocket } from 'node:dgram';
import { performance } from 'node:perf_hooks';
import { closeUdp, msg, sendUdp, startBridge } from '../tests/browser/bridge-process.ts';
import { launch, serve, sleep } from '../tests/browser/harness.ts';

const N = 1000;
const UDP = 29_000, WS = 29_001, FB = 29_002;
const now = () => performance.timeOrigin + performance.now();
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

const served = await serve({ config: { glideSeconds: 0, osc: { udpHost: '127.0.0.1', udpPort: UDP, wsHost: '127.0.0.1', wsPort: WS, feedback: { enabled: true, host: '127.0.0.1', port: FB }, penStream: false } } });
const bridge = await startBridge({ config: served.configFile!, origin: new URL(served.url).origin });
const fbTimes = new Map<number, number>();
const fb = createSocket('udp4');
fb.on('message', (buf) => {
  // /writer/1/speed ,f <k/8>: the value names the message
  if (buf.toString('latin1', 0, 15) === '/writer/1/speed') fbTimes.set(buf.readFloatBE(buf.length - 4), now());
});
await new Promise<void>((r) => fb.bind(FB, '127.0.0.1', () => r()));
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto(served.url);
await page.waitForFunction(`document.querySelector('#hud .link-osc')?.textContent.includes('bridge connected')`, undefined, { timeout: 15_000 });
await page.evaluate(`(async () => {
  const app = await window.scriptorium;
  window.applied = new Map();
  app.registry.on('change', (c) => { if (c.path === 'writer/1/speed') window.applied.set(c.value, performance.timeOrigin + performance.now()); });
})()`);

const sent = new Map<number, number>();
for (let k = 1; k <= N; k++) {
  sent.set(k, now());
  // k/8 is exact in float32, so every message carries its own value
  await sendUdp(UDP, msg('/writer/1/speed', ['f', k / 8]));
  await sleep(4);
}
await sleep(500);
const applied = new Map<number, number>(await page.evaluate(`Array.from(window.applied.entries())`) as Array<[number, number]>);
const oneWay: number[] = [];
const roundTrip: number[] = [];
for (const [k, t] of sent) {
  const v = k / 8;
  if (applied.has(v)) oneWay.push(applied.get(v)! - t);
  if (fbTimes.has(v)) roundTrip.push(fbTimes.get(v)! - t);
}
console.log(`\nOSC latency over ${N} messages (${oneWay.length} seen applied, ${roundTrip.length} seen back), real bridge + headless Chromium:`);
console.log('| path | median (ms) | p99 (ms) | max (ms) |');
console.log('|---|---:|---:|---:|');
console.log(`| UDP send -> applied in the page | ${pct(oneWay, 0.5).toFixed(2)} | ${pct(oneWay, 0.99).toFixed(2)} | ${Math.max(...oneWay).toFixed(2)} |`);
console.log(`| UDP send -> page -> feedback UDP back | ${pct(roundTrip, 0.5).toFixed(2)} | ${pct(roundTrip, 0.99).toFixed(2)} | ${Math.max(...roundTrip).toFixed(2)} |`);
await browser.close();
await bridge.stop();
await served.close();
fb.close();
closeUdp();
