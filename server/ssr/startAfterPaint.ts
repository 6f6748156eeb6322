import { modulePreloadLink } from '../routeHints.ts';

/** Served from public/: loads the app into a server-rendered page once it is on screen. */
export const START_AFTER_PAINT_SCRIPT = '/start-after-paint.js';

/** A file of the build's assets: the only scripts moved (public/start-after-paint.js agrees). */
const BUILD_SCRIPT = /^\/assets\/[\w.-]+\.js$/;
const SCRIPT_TAG = /<script\b([^>]*)><\/script>/gi;
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
 * The entry's URL, when the tag is one start-after-paint.js can recreate as it is: a build
 * script, fetched with the default CORS settings, with nothing else on it (no integrity, nonce…).
 */
function entryOf(attrs: Map<string, string>): string | null {
  if ([...attrs.keys()].some((name) => !['type', 'crossorigin', 'src'].includes(name))) return null;
  if (!['', 'anonymous'].includes(attrs.get('crossorigin') ?? '')) return null;
  const src = attrs.get('src') ?? '';
  return BUILD_SCRIPT.test(src) ? src : null;
}

/**
 * The built page (dist/index.html) without its entry script, and that script's URL, so the
 * server can place the app's scripts once it knows whether it rendered the call. Null when the
 * page has no entry, more than one module script, or one this cannot move exactly: the page is
 * then served with its scripts where the build put them. Read once per template.
 */
export function takeEntryScript(template: string): { page: string; entry: string } | null {
  let entry: string | null = null;
  let unmovable = false;
  const page = template.replace(SCRIPT_TAG, (tag, attrs: string) => {
    const parsed = attributesOf(attrs);
    if (parsed?.get('type') !== 'module') return tag;
    const src = entryOf(parsed);
    if (entry !== null || src === null) {
      unmovable = true;
      return tag;
    }
    entry = src;
    return '';
  });
  if (unmovable || entry === null || UNREAD.test(page)) return null;
  return { page, entry };
}

export interface AppScripts {
  /** The entry and its chunks' preloads, as the build would write them: for a page still to render. */
  tags: string;
  /**
   * For a page the server rendered, after its embedded call: one async classic script that adds
   * the same scripts once the first contentful paint is reported.
   */
  startAfterPaint: string;
}

/**
 * The two ways of loading the app into a call page: a server-rendered page needs no script for
 * its first screen, and fetching and compiling ~130 KiB gzip of it during that screen's frame
 * cost it 30–50 ms (docs/performance.md). `chunks` come from the manifest (routeChunks).
 */
export function appScripts(entry: string, chunks: readonly string[]): AppScripts {
  const ours = chunks.filter((file) => BUILD_SCRIPT.test(file));
  return {
    tags:
      `<script type="module" crossorigin src="${entry}"></script>` +
      ours.map(modulePreloadLink).join(''),
    // The paths match BUILD_SCRIPT: nothing in them needs escaping in an attribute.
    startAfterPaint: `<script async src="${START_AFTER_PAINT_SCRIPT}" data-entry="${entry}" data-chunks="${ours.join(' ')}"></script>`,
  };
}
