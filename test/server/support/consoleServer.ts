import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import { openAuditLog, type AuditLog } from '../../../server/auditLog.ts';
import { readServerConfig } from '../../../server/config.ts';
import { createLogger } from '../../../server/logger.ts';
import { createConsoleServer } from '../../../server/listen.ts';
import { createProductionApp } from '../../../server/productionApp.ts';
import type { CallRenderer } from '../../../server/ssr/callPage.ts';
import { bareEnv, spawnConsole } from '../../harness/consoleProcess.ts';

export const FAKE_KEY = 'oi_sk_test_7d1f0c2a9b8e4c6d';

export function tempDir(prefix = 'console-server-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** What the build's precompressed copies of the hashed asset say (distinct, to tell them apart). */
export const PRECOMPRESSED_TEXT = { br: 'console.log("br")', gz: 'console.log("gz")' };

/** The stand-in build's stylesheet (linked from its index page when it server-renders). */
export const FAKE_STYLESHEET = '.fake-stylesheet{color:#123456}';

/** A tiny stand-in for dist/: an index page and one hashed asset, with .br and .gz copies. */
export function fakeDist(body = '', head = ''): string {
  const dir = tempDir('console-dist-');
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><title>console</title><script src="/theme-init.js"></script>${head}</head><body>${body}</body></html>`,
  );
  writeFileSync(path.join(dir, 'assets', 'index-AbC123.css'), FAKE_STYLESHEET);
  writeFileSync(path.join(dir, 'assets', 'index-AbC123.js'), 'console.log(1)');
  writeFileSync(
    path.join(dir, 'assets', 'index-AbC123.js.br'),
    brotliCompressSync(PRECOMPRESSED_TEXT.br),
  );
  writeFileSync(path.join(dir, 'assets', 'index-AbC123.js.gz'), gzipSync(PRECOMPRESSED_TEXT.gz));
  writeFileSync(path.join(dir, 'theme-init.js'), '/* theme */');
  return dir;
}

export interface InProcessServer {
  url: string;
  logs: string[];
  audit: AuditLog | null;
  close: () => Promise<void>;
}

/** The production app in this process, on 127.0.0.1 and a random port. */
export async function startInProcess(
  env: Record<string, string>,
  {
    withAudit = true,
    renderer = null,
    ssrApiBudgetMs,
  }: { withAudit?: boolean; renderer?: CallRenderer | null; ssrApiBudgetMs?: number } = {},
): Promise<InProcessServer> {
  const config = readServerConfig({ ONEINBOX_API_KEY: FAKE_KEY, ...env });
  const logs: string[] = [];
  const logger = createLogger({ secrets: [config.apiKey], write: (line) => logs.push(line) });
  const audit = withAudit
    ? await openAuditLog(config.auditLogPath ?? path.join(tempDir(), 'audit.jsonl'))
    : null;
  // A server-rendering app needs the built page's root element to render into.
  // As Vite builds it: the entry script in the head, and a manifest for the route's preloads.
  const distDir = renderer
    ? fakeDist(
        '<div id="root"></div>',
        '<script type="module" crossorigin src="/assets/index-AbC123.js"></script>' +
          '<link rel="stylesheet" crossorigin href="/assets/index-AbC123.css">',
      )
    : fakeDist();
  if (renderer) {
    mkdirSync(path.join(distDir, '.vite'));
    writeFileSync(
      path.join(distDir, '.vite', 'manifest.json'),
      JSON.stringify({
        'index.html': { file: 'assets/index-AbC123.js', isEntry: true },
        'src/pages/CallPage.tsx': { file: 'assets/CallPage-AbC123.js' },
        'src/app/hydrate.tsx': { file: 'assets/hydrate-AbC123.js' },
      }),
    );
  }
  const app = createProductionApp(config, { distDir, audit, logger, renderer, ssrApiBudgetMs });
  const server = createConsoleServer(app).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    logs,
    audit,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await audit?.close().catch(() => undefined);
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request sent exactly as written (fetch would normalise "..", and adds its own headers),
 * so path tricks and missing Origin headers reach the server unchanged.
 */
export function raw(
  base: string,
  method: string,
  rawPath: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path: rawPath, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
      res.on('close', () => {
        if (!res.complete) reject(new Error('connection cut mid-answer'));
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** A same-origin stop, as the console's own page sends it. */
export function stop(base: string, callId: string, headers: Record<string, string> = {}) {
  return raw(base, 'POST', `/v1/calls/${callId}/stop`, {
    Origin: base,
    'Sec-Fetch-Site': 'same-origin',
    ...headers,
  });
}

export interface ChildServer {
  url: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * `npm start`'s entry (server/start.ts) as its own process, so tests can kill it.
 * `fileSizeLimit` (bytes, a multiple of 512) caps every file the process writes, as `ulimit -f`
 * does: a write that crosses it is cut short, like a disk filling up mid-line.
 */
export async function startProcess(
  env: Record<string, string>,
  { wait = true, fileSizeLimit }: { wait?: boolean; fileSizeLimit?: number } = {},
): Promise<ChildServer> {
  const server = await spawnConsole({
    env: { ...bareEnv(), CONSOLE_DIST_DIR: fakeDist(), ...env },
    wait,
    timeoutMs: 15_000,
    fileSizeLimit,
  });
  return { url: server.url, child: server.child, output: server.output, exited: server.exited };
}
