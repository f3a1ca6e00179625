/**
 * A small static server for the built app (dist/) plus the show's data files.
 * Used by `npm run kiosk` and the browser tests. Binds to 127.0.0.1.
 */
import { existsSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import { type FilePaths, sendFile, showFiles } from './files.ts';

export function startStatic(distDir: string, paths: FilePaths, port: number, host = '127.0.0.1'): Promise<Server> {
  const files = showFiles(paths);
  const root = resolve(distDir);
  const server = createServer((req, res) => {
    files(req, res, () => {
      const url = decodeURIComponent((req.url ?? '/').split('?')[0]!);
      let path = normalize(join(root, url));
      if (!path.startsWith(root)) {
        res.writeHead(403);
        res.end();
        return;
      }
      if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
      if (!existsSync(path)) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      sendFile(res, path);
    });
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}
