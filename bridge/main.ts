/**
 * Runs the OSC bridge on its own (npm start and npm run kiosk start it for you):
 *   SCRIPTORIUM_APP_ORIGINS=http://127.0.0.1:5173 npx tsx bridge/main.ts [--config file.json]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveConfig } from '../src/config/load.ts';
import { Bridge } from './bridge.ts';

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const cfgArg = argv.indexOf('--config');
const userPath = cfgArg >= 0 ? argv[cfgArg + 1] : process.env.SCRIPTORIUM_CONFIG;

function readJson(path: string, optional: boolean): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    if (optional && (e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    console.error(`[bridge] cannot read ${path}: ${(e as Error).message}; using the defaults`);
    return undefined;
  }
}

const defaults = readJson(resolve(root, 'config/default.json'), false);
const userFile = resolve(root, userPath ?? 'config/local.json');
const { config, problems } = resolveConfig(defaults, readJson(userFile, true), userFile);
for (const p of problems) console.warn(`[bridge] config: ${p}`);

const origins = (process.env.SCRIPTORIUM_APP_ORIGINS ?? 'http://127.0.0.1:5173,http://localhost:5173').split(',').filter(Boolean);
const bridge = new Bridge({
  udpHost: config.osc.udpHost,
  udpPort: Number(process.env.SCRIPTORIUM_UDP_PORT ?? config.osc.udpPort),
  wsHost: config.osc.wsHost,
  wsPort: Number(process.env.SCRIPTORIUM_WS_PORT ?? config.osc.wsPort),
  maxWriters: config.maxWriters,
  allowedOrigins: origins,
  feedback: config.osc.feedback,
  penStream: config.osc.penStream,
});

bridge.start().catch((e: Error) => {
  console.error(`[bridge] could not start: ${e.message}`);
  if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') console.error('[bridge] another program (or another Scriptorium) uses that port; change osc.udpPort / osc.wsPort in your config');
  process.exit(1);
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void bridge.stop().then(() => process.exit(0)));
// a bug in one message must not end the show's control link
process.on('uncaughtException', (e) => console.error(`[bridge] unexpected error (kept running): ${e.stack ?? e.message}`));
