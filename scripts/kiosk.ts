/**
 * `npm run kiosk`: build once, then run and watch over three processes: the page
 * server, the OSC bridge and Chromium in kiosk mode. Whichever dies is started
 * again (after 2 s, longer if it keeps dying). For start at boot, see
 * deploy/scriptorium.service.
 *
 *   npm run kiosk -- [--config my.json] [--port 8080] [--position 1920,0] [--no-build] [--headless]
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error plain JS helper shared with the test command
import { findChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const port = Number(opt('port') ?? 8080);
const url = `http://127.0.0.1:${port}/?kiosk=1`;
const env: NodeJS.ProcessEnv = { ...process.env, SCRIPTORIUM_PORT: String(port), SCRIPTORIUM_APP_ORIGINS: `http://127.0.0.1:${port}` };
if (opt('config')) env.SCRIPTORIUM_CONFIG = resolve(opt('config')!);

if (!argv.includes('--no-build')) {
  console.log('[kiosk] building the app once...');
  const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

// a persistent profile keeps the MIDI permission (and learned MIDI mappings) across restarts
const profile = process.env.SCRIPTORIUM_PROFILE ?? join(homedir(), '.config', 'scriptorium-kiosk');
mkdirSync(profile, { recursive: true });
const chromium: string = findChromium({ install: false });
const flags = [
  `--user-data-dir=${profile}`,
  '--kiosk',
  '--start-fullscreen',
  '--noerrdialogs',
  '--disable-infobars',
  '--hide-crash-restore-bubble',
  '--disable-session-crashed-bubble',
  '--disable-pinch',
  '--overscroll-history-navigation=0',
  '--force-device-scale-factor=1',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--autoplay-policy=no-user-gesture-required',
];
if (opt('position')) flags.push(`--window-position=${opt('position')}`);
if (argv.includes('--headless')) flags.push('--headless', '--disable-gpu');
if (typeof process.getuid === 'function' && process.getuid() === 0) flags.push('--no-sandbox');

interface Supervised {
  name: string;
  start: () => ChildProcess;
  child?: ChildProcess;
  failures: number[];
}
let stopping = false;
function supervise(s: Supervised): void {
  const child = s.start();
  s.child = child;
  child.on('exit', (code, signal) => {
    if (stopping) return;
    const now = Date.now();
    s.failures = [...s.failures.filter((t) => now - t < 60_000), now];
    const wait = s.failures.length > 5 ? 30_000 : 2000;
    console.warn(`[kiosk] ${s.name} stopped (${signal ?? `code ${code}`}); starting it again in ${wait / 1000} s`);
    setTimeout(() => supervise(s), wait);
  });
}

const node = (script: string) => () => spawn(process.execPath, ['--import', 'tsx', join(root, script)], { cwd: root, env, stdio: 'inherit' });
const parts: Supervised[] = [
  { name: 'page server', start: node('scripts/serve.ts'), failures: [] },
  { name: 'OSC bridge', start: node('bridge/main.ts'), failures: [] },
  { name: 'Chromium', start: () => spawn(chromium, [...flags, url], { env, stdio: 'ignore' }), failures: [] },
];
supervise(parts[0]!);
supervise(parts[1]!);
setTimeout(() => supervise(parts[2]!), 1500); // let the server come up first
console.log(`[kiosk] showing ${url} (profile ${profile}); Ctrl+C stops everything`);

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    stopping = true;
    for (const p of parts) p.child?.kill('SIGTERM');
    setTimeout(() => process.exit(0), 500);
  });
}
