/** Served from public/: loads the app into a server-rendered page once it is on screen. */
export const START_AFTER_PAINT_SCRIPT = '/start-after-paint.js';

/** A file of the build's assets: the only scripts moved (public/start-after-paint.js agrees). */
const BUILD_SCRIPT = /^\/assets\/[\w.-]+\.js$/;
const SCRIPT_TAG = /<script\b([^>]*)><\/script>/gi;
const LINK_TAG = /<link\b([^>]*)>/gi;

function attribute(attrs: string, name: string): string | null {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`, 'i').exec(attrs)?.[1] ?? null;
}

export interface DeferredScripts {
  /** The page without the app's module scripts and module preloads. */
  page: string;
  /** The tags taken out, as they were: what a page the browser renders needs after its root. */
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
 * then cost that screen's frame 30–50 ms (docs/performance.md). A page whose scripts are not
 * all the build's own files is left as it is.
 */
export function deferModuleScripts(page: string): DeferredScripts {
  const unchanged = { page, tags: '', startAfterPaint: '' };
  let entry: string | null = null;
  const chunks: string[] = [];
  const tags: string[] = [];
  let foreign = false;
  let lean = page.replace(SCRIPT_TAG, (tag, attrs: string) => {
    if (attribute(attrs, 'type') !== 'module') return tag;
    const src = attribute(attrs, 'src');
    if (entry !== null || src === null || !BUILD_SCRIPT.test(src)) {
      foreign = true;
      return tag;
    }
    entry = src;
    tags.push(tag);
    return '';
  });
  lean = lean.replace(LINK_TAG, (tag, attrs: string) => {
    if (attribute(attrs, 'rel') !== 'modulepreload') return tag;
    const href = attribute(attrs, 'href');
    if (href === null || !BUILD_SCRIPT.test(href)) {
      foreign = true;
      return tag;
    }
    chunks.push(href);
    tags.push(tag);
    return '';
  });
  if (foreign || entry === null) return unchanged;
  return {
    page: lean,
    tags: tags.join(''),
    // The paths match BUILD_SCRIPT: nothing in them needs escaping in an attribute.
    startAfterPaint: `<script async src="${START_AFTER_PAINT_SCRIPT}" data-entry="${entry}" data-chunks="${chunks.join(' ')}"></script>`,
  };
}
