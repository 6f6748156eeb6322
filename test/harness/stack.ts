/**
 * What the bench and the budget tests run against: the production server (server/start.ts,
 * live mode) serving a copy of a build, proxying /v1 to the fake API, plus the floor page.
 *
 * The floor page is the least any page could do: plain HTML whose one external script fetches
 * the same call JSON through the same server and proxy and writes the conversation as text.
 * It lives in the copied build, so it is served by the same static handler under the same CSP.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startConsoleServer, type RunningServer } from './consoleProcess.ts';
import { startFakeApi, type FakeApi } from './fakeApi/server.ts';
import { ROOT } from './paths.ts';

export const FLOOR_PATH = '/floor.html';

const FLOOR_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Floor</title></head>
<body><main id="floor"></main><script src="/floor.js"></script></body></html>
`;

// One fetch, one text node: the conversation exactly as the console's first line needs it.
const FLOOR_JS = `(function () {
  var id = new URLSearchParams(location.search).get('id') || '';
  fetch('/v1/calls/' + encodeURIComponent(id), { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (call) {
      var lines = (Array.isArray(call.messages) ? call.messages : []).map(function (m) {
        if (!m || typeof m !== 'object') return String(m);
        var body = typeof m.content === 'string' ? m.content : JSON.stringify(m.content === undefined ? m.arguments : m.content);
        return (m.role || '?') + ': ' + (m.name ? m.name + ' ' : '') + body;
      });
      var pre = document.createElement('pre');
      pre.textContent = lines.join('\\n');
      document.getElementById('floor').append(pre);
    });
})();
`;

export interface Stack {
  api: FakeApi;
  server: RunningServer;
  distDir: string;
  stop: () => Promise<void>;
}

/**
 * Copies `sourceDist` (never written to), adds the floor page, starts the fake API and server.
 * `serverRoot`: the checkout whose server/start.ts runs (default this one), so an A/B can
 * compare server changes too.
 */
export async function startStack(sourceDist: string, serverRoot?: string): Promise<Stack> {
  const distDir = mkdtempSync(path.join(tmpdir(), 'console-prove-dist-'));
  cpSync(sourceDist, distDir, { recursive: true });
  // The server build (dist/server) imports React and the rest from node_modules, as it does
  // from the project's own dist/.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(distDir, 'node_modules'), 'dir');
  writeFileSync(path.join(distDir, 'floor.html'), FLOOR_HTML);
  writeFileSync(path.join(distDir, 'floor.js'), FLOOR_JS);
  const api = await startFakeApi();
  const server = await startConsoleServer(
    {
      ONEINBOX_API_KEY: 'oi_sk_bench_only',
      ONEINBOX_API_URL: api.url,
      CONSOLE_DIST_DIR: distDir,
    },
    serverRoot,
  );
  api.setRecordingBase(server.url);
  return {
    api,
    server,
    distDir,
    stop: async () => {
      await server.stop();
      await api.close();
      rmSync(distDir, { recursive: true, force: true });
    },
  };
}

/** The build the tests run against: CONSOLE_DIST_DIR when set (private builds), else dist/. */
export function builtDist(root: string = ROOT): string {
  return process.env.CONSOLE_DIST_DIR
    ? path.resolve(process.env.CONSOLE_DIST_DIR)
    : path.join(root, 'dist');
}
