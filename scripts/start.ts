/**
 * `npm start`: check the config (problems are printed here and on the page),
 * start the page server (Vite) and the OSC bridge, print the address to open.
 * Options: --config path/to/my.json  --port 5173
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { resolveConfig } from '../src/config/load.ts';

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const configPath = resolve(opt('config') ?? process.env.SCRIPTORIUM_CONFIG ?? resolve(root, 'config/local.json'));
if (opt('config') && !existsSync(configPath)) console.warn(`config file ${configPath} does not exist; using the defaults`);
process.env.SCRIPTORIUM_CONFIG = configPath;

const defaults: unknown = JSON.parse(readFileSync(resolve(root, 'config/default.json'), 'utf8'));
let user: unknown;
if (existsSync(configPath)) {
  try {
    user = JSON.parse(readFileSync(configPath, 'utf8'));
  } catch (e) {
    console.warn(`config: ${configPath} is not valid JSON (${(e as Error).message}); using the defaults`);
  }
}
const { config, problems } = resolveConfig(defaults, user, configPath);
for (const p of problems) console.warn(`config: ${p}`);

const server = await createServer({ root, configFile: resolve(root, 'vite.config.ts'), server: { port: Number(opt('port') ?? 5173) }, logLevel: 'warn' });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
const origin = new URL(url).origin;

let bridge: ChildProcess | null = null;
let stopping = false;
function startBridge(): void {
  bridge = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'bridge/main.ts')], {
    stdio: 'inherit',
    env: { ...process.env, SCRIPTORIUM_APP_ORIGINS: [origin, origin.replace('127.0.0.1', 'localhost')].join(',') },
  });
  bridge.on('exit', (code) => {
    if (stopping) return;
    console.warn(`[start] the OSC bridge stopped (code ${code}); restarting it in 2 s`);
    setTimeout(startBridge, 2000);
  });
}
startBridge();

console.log(`\n  Scriptorium is running: open ${url} in Chrome or Edge`);
console.log(`  OSC: send to UDP port ${config.osc.udpPort} on this machine · press h on the page for the HUD, f for fullscreen`);
console.log('  Stop with Ctrl+C\n');

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    stopping = true;
    bridge?.kill('SIGTERM');
    void server.close().then(() => process.exit(0));
  });
}
