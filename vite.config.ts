import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Connect, type Plugin } from 'vite';
import { readServerConfig } from './server/config.ts';
import { createConsoleApp } from './server/consoleApp.ts';

/**
 * Mounts the same console app as `npm start` (config endpoint + allowlisted /v1 proxy) inside
 * the dev server, so live mode works in development and the key stays in this process.
 */
function consoleServer(): Plugin {
  return {
    name: 'oneinbox-console-server',
    configureServer(server) {
      // An Express app is a plain (req, res, next) handler, so connect can mount it.
      const app = createConsoleApp(readServerConfig()) as unknown as Connect.NextHandleFunction;
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/v1/') || req.url === '/v1' || req.url?.startsWith('/console/')) {
          app(req, res, next);
          return;
        }
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), consoleServer()],
  server: { port: 5173, strictPort: true },
  build: { sourcemap: true },
});
