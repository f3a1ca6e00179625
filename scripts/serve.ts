/** Serves the built app (dist/) and the show's data files on 127.0.0.1 (used by npm run kiosk). */
import { resolve } from 'node:path';
import { pathsFromEnv } from '../server/files.ts';
import { startStatic } from '../server/static.ts';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.SCRIPTORIUM_PORT ?? 8080);
const server = await startStatic(resolve(root, 'dist'), pathsFromEnv(root), port);
console.log(`[serve] Scriptorium on http://127.0.0.1:${port}/`);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.close(() => process.exit(0)));
