import { readFileSync } from 'node:fs';

/** What `vite build` writes to dist/.vite/manifest.json (the parts used here). */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}
export type Manifest = Record<string, ManifestChunk>;

export const CALL_ROUTE = /^\/calls\/([A-Za-z0-9_-]{1,128})\/?$/;
const LIST_ROUTE = /^\/calls\/?$/;
const LATENCY_ROUTE = /^\/latency\/?$/;

export function readManifest(file: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return null; // no manifest (dev build, old dist): pages still work, just without hints
  }
}

/** A lazy chunk and its own static imports, minus what the entry already loads. */
function chunkFiles(manifest: Manifest, key: string): string[] {
  const entry = Object.values(manifest).find((c) => c.isEntry);
  const loaded = new Set<string>();
  const walk = (k: string, into: Set<string>) => {
    const chunk = manifest[k];
    if (!chunk || into.has(chunk.file)) return;
    into.add(chunk.file);
    for (const i of chunk.imports ?? []) walk(i, into);
  };
  const entryKey = entry ? Object.keys(manifest).find((k) => manifest[k] === entry) : undefined;
  if (entryKey) walk(entryKey, loaded);
  const files = new Set<string>();
  walk(key, files);
  return [...files].filter((f) => !loaded.has(f));
}

/** The page chunk a route opens, as a manifest key; null for a route without one. */
function pageChunk(path: string): string | null {
  return CALL_ROUTE.test(path)
    ? 'src/pages/CallPage.tsx'
    : LIST_ROUTE.test(path)
      ? 'src/pages/CallsPage.tsx'
      : LATENCY_ROUTE.test(path)
        ? 'src/pages/LatencyPage.tsx'
        : null;
}

/**
 * The build's files (`/assets/…`) the route's page needs beyond what the entry loads: its
 * chunk, and for a call page the server rendered, the hydration code (src/main.tsx).
 */
export function routeChunks(
  path: string,
  manifest: Manifest | null,
  { serverRendered = false }: { serverRendered?: boolean } = {},
): string[] {
  const page = pageChunk(path);
  if (!manifest || !page) return [];
  const chunks = [
    page,
    ...(serverRendered && CALL_ROUTE.test(path) ? ['src/app/hydrate.tsx'] : []),
  ];
  return [...new Set(chunks.flatMap((key) => chunkFiles(manifest, key)))].map((f) => `/${f}`);
}

export const modulePreloadLink = (file: string) => `<link rel="modulepreload" href="${file}" />`;

/**
 * Resource hints for the page being opened, so the browser fetches the route's chunk (and, in
 * live mode, the call itself) while the main bundle is still downloading, instead of one after
 * the other. Ids are matched to the proxy's id pattern, so nothing from the URL reaches the
 * HTML unescaped. A server-rendered call page (`fetchCall: false`) carries its call, and places
 * its module preloads itself (`modulePreloads: false`, server/ssr/startAfterPaint.ts).
 */
export function routeHints(
  path: string,
  mode: 'live' | 'demo',
  manifest: Manifest | null,
  { fetchCall = true, modulePreloads = true }: RouteHintOptions = {},
): string {
  const links = modulePreloads
    ? routeChunks(path, manifest, { serverRendered: !fetchCall }).map(modulePreloadLink)
    : [];
  const call = CALL_ROUTE.exec(path);
  // In demo mode the service worker answers /v1, so a preload would only reach the server. A
  // server-rendered page carries the call, so it needs none either.
  if (call && mode === 'live' && fetchCall) {
    links.push(
      `<link rel="preload" as="fetch" href="/v1/calls/${call[1]}" crossorigin="anonymous" />`,
    );
  }
  return links.join('');
}

export interface RouteHintOptions {
  fetchCall?: boolean;
  modulePreloads?: boolean;
}
