import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import path from 'node:path';
import { defineConfig, minifySync, type Connect, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { readServerConfig } from './server/config.ts';
import { createConsoleApp } from './server/consoleApp.ts';
import { absoluteTarget } from './server/requestTarget.ts';
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
        // By path, whatever the target's form: an absolute-form request for /v1 meets the
        // console's host guard too.
        const url = absoluteTarget(req.url)?.path ?? req.url;
        if (url?.startsWith('/v1/') || url === '/v1' || url?.startsWith('/console/')) {
          app(req, res, next);
          return;
        }
        next();
      });
    },
  };
}

/**
 * V8's explicit compile hint (Chromium 136+): a chunk that starts with this comment has all its
 * functions compiled when it loads (the list prefetches the call page's chunk), not one by one
 * on the main thread as a click renders them: lazy compilation in the click's task went from
 * ~20 to 5-10 ms in Chromium traces. V8 reads it only as the file's first line, and Vite puts
 * its preload map (__vite__mapDeps) there late in generateBundle, after the compression plugin
 * has compressed the chunk: so this runs last and compresses its chunks again, as that plugin
 * does (gzip 9, brotli 11). The file name's hash is of the code without the hint; the hint is
 * the same line in every build, so a name still stands for one content.
 */
function compileHints(chunkNames: readonly string[]): Plugin {
  const HINT = '//# allFunctionsCalledOnLoad\n';
  return {
    name: 'oneinbox-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunkNames.includes(chunk.name)) continue;
          chunk.code = HINT + chunk.code;
          // One line more at the top: every mapping moves down a line (the map file is
          // already an asset of its own by now).
          const mapFile = bundle[chunk.fileName + '.map'];
          if (mapFile?.type === 'asset') {
            const map = JSON.parse(String(mapFile.source)) as { mappings: string };
            map.mappings = ';' + map.mappings;
            mapFile.source = JSON.stringify(map);
          }
          const compressed: Record<string, (code: string) => Buffer> = {
            '.gz': (code) => gzipSync(code, { level: zlibConstants.Z_BEST_COMPRESSION }),
            '.br': (code) =>
              brotliCompressSync(code, {
                params: { [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY },
              }),
          };
          for (const [suffix, compress] of Object.entries(compressed)) {
            const asset = bundle[chunk.fileName + suffix];
            if (asset?.type === 'asset') asset.source = compress(chunk.code);
          }
        }
      },
    },
  };
}

/**
 * public/ is copied as it is, comments and all, and its two scripts are on pages' critical paths
 * (theme-init.js counts towards the initial JS budget; start-after-paint.js stands between a
 * server-rendered page and its app): the build minifies their copies before the compression
 * plugin compresses public files (that happens in closeBundle, after writeBundle).
 */
function minifyPublicScripts(names: string[]): Plugin {
  let outDir = '';
  return {
    name: 'oneinbox-minify-public-scripts',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      for (const name of names) {
        const file = path.join(outDir, name);
        const result = minifySync(name, readFileSync(file, 'utf8'));
        if (result.errors.length > 0) this.error(`${name}: ${result.errors[0]!.message}`);
        writeFileSync(file, result.code);
      }
    },
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    react(),
    tailwindcss(),
    consoleServer(),
    !isSsrBuild && minifyPublicScripts(['theme-init.js', 'start-after-paint.js']),
    !isSsrBuild && compileHints(['CallPage']),
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
        // Every browser the console supports has <link rel=modulepreload> (Chromium 66, Firefox
        // 115, Safari 17); the polyfill cost ~0.3 KiB gzip of initial JS and a MutationObserver
        // on every page.
        modulePreload: { polyfill: false },
        rolldownOptions: {
          output: {
            // Chunk URLs are repeated in every chunk's import list and preload map; six hash
            // characters (36 bits, plenty for a hundred files) instead of eight take ~0.1 KiB
            // gzip off the call page's initial JS.
            chunkFileNames: 'assets/[name]-[hash:6].js',
            entryFileNames: 'assets/[name]-[hash:6].js',
            assetFileNames: 'assets/[name]-[hash:6][extname]',
            // Everything the entry imports statically is loaded on every page anyway. Left alone,
            // rolldown splits the parts that lazy chunks share too (react, jsx-runtime, its CJS
            // helpers, ui/Button) into small chunks of their own, which the first screen then
            // downloads as separate files: ~2.5 KiB gzip more initial JS for /calls/:id.
            codeSplitting: {
              groups: [
                { name: 'initial', tags: ['$initial'] },
                // What the call page, the list and /latency all import statically (formatting,
                // status badges, agent names, the latency target). Left to automatic chunking
                // these became four chunks of 0.1-1.8 KiB gzip, each repeating its import list
                // from the entry: ~0.7 KiB gzip more initial JS for /calls/:id. A module left
                // out of this list only falls back to automatic chunking.
                {
                  name: 'callShared',
                  test: /[\\/]src[\\/](lib[\\/](format|lookup|renderEnv|callFacts|afterFrames)|components[\\/]shared[\\/](StatusBadge|AgentName|useNow|useHydrated|useLatencyTarget))\.tsx?$/,
                },
              ],
            },
          },
        },
      },
}));
