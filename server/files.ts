/**
 * Serves the show's data files beside the app: /weights/* from weights/ and
 * /config/default.json from config/, and /config/user with the user's file
 * (config/local.json, or the file given with --config) if there is one. Used by the Vite dev server and by the kiosk's static server, so a
 * retrained model or an edited config needs no rebuild, only a reload.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join, resolve } from 'node:path';

export interface FilePaths {
  weightsDir: string;
  defaultConfig: string;
  /** the user's config file; may not exist */
  userConfig: string;
}

export function pathsFromEnv(root: string, env: NodeJS.ProcessEnv = process.env): FilePaths {
  return {
    weightsDir: resolve(root, env.SCRIPTORIUM_WEIGHTS ?? 'weights'),
    defaultConfig: resolve(root, 'config/default.json'),
    userConfig: resolve(root, env.SCRIPTORIUM_CONFIG ?? 'config/local.json'),
  };
}

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export function sendFile(res: ServerResponse, path: string): void {
  const ext = path.slice(path.lastIndexOf('.'));
  res.writeHead(200, {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'content-length': statSync(path).size,
    'cache-control': 'no-store',
  });
  createReadStream(path).pipe(res);
}

/** Connect-style middleware: answers /weights/* and /config/*, passes everything else on. */
export function showFiles(paths: FilePaths) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const url = (req.url ?? '/').split('?')[0]!;
    let file: string | null = null;
    if (url.startsWith('/weights/')) {
      // only plain file names inside the weights folder
      const name = basename(decodeURIComponent(url.slice('/weights/'.length)));
      file = join(paths.weightsDir, name);
    } else if (url === '/config/default.json') file = paths.defaultConfig;
    else if (url === '/config/user') {
      // the user's file is optional: answer 200 either way so a missing file is not a browser error
      const present = existsSync(paths.userConfig);
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ present, name: paths.userConfig, text: present ? readFileSync(paths.userConfig, 'utf8') : '' }));
      return;
    }
    if (file === null) return next();
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(`not found: ${url}`);
      return;
    }
    sendFile(res, file);
  };
}
