/** Served from public/: loads the app into a server-rendered page once it is on screen. */
export const START_AFTER_PAINT_SCRIPT = '/start-after-paint.js';

/** A file of the build's assets: the only scripts moved (public/start-after-paint.js agrees). */
const BUILD_SCRIPT = /^\/assets\/[\w.-]+\.js$/;
const SCRIPT_TAG = /<script\b([^>]*)><\/script>/gi;
const LINK_TAG = /<link\b([^>]*)>/gi;
const ATTRIBUTE = /\s+([a-z-]+)(?:="([^"]*)")?/gi;
/** What is left of a module script or preload that this module could not read. */
const UNREAD = /type=["']?module\b|modulepreload/i;

/** A tag's attributes, or null when it holds anything but plain `name="value"` pairs. */
function attributesOf(attrs: string): Map<string, string> | null {
  const found = new Map<string, string>();
  const rest = attrs.replace(ATTRIBUTE, (_match, name: string, value: string | undefined) => {
    found.set(name.toLowerCase(), value ?? '');
    return '';
  });
  return /^\s*\/?\s*$/.test(rest) ? found : null;
}

/**
 * The one URL of a tag start-after-paint.js can recreate as it is: a build script, fetched
 * with the default CORS settings, with nothing else on the tag (no integrity, nonce, …).
 */
function buildScriptOf(attrs: Map<string, string> | null, urlAttr: string, allowed: string[]) {
  if (!attrs || [...attrs.keys()].some((name) => !allowed.includes(name))) return null;
  if (!['', 'anonymous'].includes(attrs.get('crossorigin') ?? '')) return null;
  const url = attrs.get(urlAttr) ?? '';
  return BUILD_SCRIPT.test(url) ? url : null;
}

export interface DeferredScripts {
  /** The page without the app's module scripts and module preloads. */
  page: string;
  /** The tags taken out, as they were: what a page that is not rendered yet needs. */
  tags: string;
  /**
   * For a page the server rendered, after its embedded call: one async classic script that adds
   * the same scripts once the first contentful paint is reported. Empty when nothing was moved.
   */
  startAfterPaint: string;
}

/**
 * Takes the app's module scripts (the entry and its `modulepreload`s) out of a page, so the
 * server can decide where they go once it knows whether it rendered the call: a server-rendered
 * page needs no script for its first screen, and fetching and compiling ~130 KiB gzip of it
 * then cost that screen's frame 30–50 ms (docs/performance.md). A page with a module script or
 * preload this cannot move exactly is left as it is.
 */
export function deferModuleScripts(page: string): DeferredScripts {
  const unchanged = { page, tags: '', startAfterPaint: '' };
  let entry: string | null = null;
  const chunks: string[] = [];
  const tags: string[] = [];
  let foreign = false;
  let lean = page.replace(SCRIPT_TAG, (tag, attrs: string) => {
    const parsed = attributesOf(attrs);
    if (parsed?.get('type') !== 'module') return tag;
    const src = buildScriptOf(parsed, 'src', ['type', 'crossorigin', 'src']);
    if (entry !== null || src === null) {
      foreign = true;
      return tag;
    }
    entry = src;
    tags.push(tag);
    return '';
  });
  lean = lean.replace(LINK_TAG, (tag, attrs: string) => {
    const parsed = attributesOf(attrs);
    if (parsed?.get('rel') !== 'modulepreload') return tag;
    const href = buildScriptOf(parsed, 'href', ['rel', 'crossorigin', 'href']);
    if (href === null) {
      foreign = true;
      return tag;
    }
    chunks.push(href);
    tags.push(tag);
    return '';
  });
  if (foreign || entry === null || UNREAD.test(lean)) return unchanged;
  return {
    page: lean,
    tags: tags.join(''),
    // The paths match BUILD_SCRIPT: nothing in them needs escaping in an attribute.
    startAfterPaint: `<script async src="${START_AFTER_PAINT_SCRIPT}" data-entry="${entry}" data-chunks="${chunks.join(' ')}"></script>`,
  };
}
