import { defineConfig } from 'vite';
import { pathsFromEnv, showFiles } from './server/files.ts';

export default defineConfig({
  publicDir: false,
  server: { host: '127.0.0.1', port: 5173, strictPort: false, open: false },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  plugins: [
    {
      name: 'scriptorium-files',
      configureServer(server) {
        server.middlewares.use(showFiles(pathsFromEnv(process.cwd())));
      },
    },
  ],
});
