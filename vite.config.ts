import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Connect, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { readServerConfig } from './server/config.ts';
import { createConsoleApp } from './server/consoleApp.ts';
import { modeMeta } from './server/indexPage.ts';

/**
 * Mounts the same console app as `npm start` (config endpoint + allowlisted /v1 proxy) inside
 * the dev server, so live mode works in development and the key stays in this process.
 */
function consoleServer(): Plugin {
  const config = readServerConfig();
  return {
    name: 'oneinbox-console-server',
    transformIndexHtml: {
      // Only the dev server knows the mode at serve time; a static build boots by asking.
      handler: (html, ctx) =>
        ctx.server
          ? html.replace('</head>', `${modeMeta(config.apiKey ? 'live' : 'demo')}</head>`)
          : html,
    },
    configureServer(server) {
      // An Express app is a plain (req, res, next) handler, so connect can mount it.
      const app = createConsoleApp(config) as unknown as Connect.NextHandleFunction;
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

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    react(),
    tailwindcss(),
    consoleServer(),
    // Compressed once here, served as files by `npm start` (server/productionApp.ts).
    // The server build (src/entry-server.ts → dist/server) is read by Node, not sent.
    !isSsrBuild &&
      compression({
        algorithms: ['brotliCompress', 'gzip'],
        include: /\.(js|css|svg)$/,
        exclude: /\.map$/,
      }),
  ],
  server: { port: 5173, strictPort: true },
  // The manifest lets the production server preload the opened route's chunk (server/routeHints.ts).
  build: isSsrBuild
    ? { sourcemap: true, copyPublicDir: false }
    : {
        sourcemap: true,
        manifest: true,
        rolldownOptions: {
          output: {
            // Everything the entry imports statically is loaded on every page anyway. Left alone,
            // rolldown splits the parts that lazy chunks share too (react, jsx-runtime, its CJS
            // helpers, ui/Button) into small chunks of their own, which the first screen then
            // downloads as separate files: ~2.5 KiB gzip more initial JS for /calls/:id.
            codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] },
          },
        },
      },
}));
