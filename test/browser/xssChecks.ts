/**
 * The XSS corpus's checks in a real page, shared by the client-rendered (xss.spec.ts) and
 * server-rendered (ssr.spec.ts) runs.
 */
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { XSS_MARKUP, XSS_URLS } from '../fixtures/xssCorpus.ts';

const URL_FIELDS = new Set(['recording_url', 'url', 'link', 'href', 'src']);
/** Fields that steer which sections render; left valid so every section shows its payloads. */
const KEEP = new Set(['id', 'status', 'role', 'turn', 'ms', 'is_error']);

/** Replaces every string in a call (values and keys of open objects) with corpus payloads. */
export function hostile(base: Record<string, unknown>, id: string, offset: number) {
  let n = offset;
  const markup = () => XSS_MARKUP[n++ % XSS_MARKUP.length]!;
  const url = () => XSS_URLS[n++ % XSS_URLS.length]!;
  // The same payload for the same tool_call_id, so calls and results still pair up.
  const toolIds = new Map<string, string>();
  const walk = (value: unknown, key: string, renameKeys: boolean): unknown => {
    if (KEEP.has(key)) return value;
    if (typeof value === 'string') {
      if (key === 'tool_call_id') {
        if (!toolIds.has(value)) toolIds.set(value, markup());
        return toolIds.get(value);
      }
      if (key === 'type' && value.startsWith('tool')) return `tool:${markup()}`;
      if (key === 'type' || key === 'direction') return value; // call type and latency event types
      if (key === 'arguments') return JSON.stringify({ [markup()]: markup(), q: url() });
      return URL_FIELDS.has(key) ? url() : markup();
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, key, renameKeys));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [renameKeys ? markup() : k, walk(v, k, renameKeys)]),
      );
    }
    return value;
  };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) {
    const openObject = ['metadata', 'variables', 'kb_snapshot'].includes(key);
    out[key] = walk(value, key, openObject);
  }
  const analysis = out.analysis as Record<string, unknown> | null;
  if (analysis && typeof analysis.extracted_data === 'object') {
    analysis.extracted_data = walk(analysis.extracted_data, 'extracted_data', true);
  }
  out.id = id;
  out.status = 'completed';
  out.recording_url = url();
  // Timestamps stay parseable on one call so the facts render both ways.
  if (offset === 0) {
    out.created_at = base.created_at;
    out.started_at = base.started_at;
    out.ended_at = base.ended_at;
  }
  return out;
}

/** Records any execution. A string: tsx's __name helper does not exist in the page. */
export const HOOK = `(() => {
  window.__xssHits = [];
  function hit(what) { return function (arg) { window.__xssHits.push(what + '(' + String(arg) + ')'); }; }
  window.__xss = hit('__xss');
  window.alert = hit('alert');
  window.confirm = hit('confirm');
  window.prompt = hit('prompt');
})();`;

export interface Findings {
  hits: string[];
  badUrls: string[];
  handlers: string[];
  dialogs: string[];
  errors: string[];
}

/** Everything in the DOM that would mean a payload became markup or a live URL. */
export async function inspect(page: Page, dialogs: string[], errors: string[]): Promise<Findings> {
  // Open every disclosure so collapsed content is rendered and inspected too.
  await page.evaluate(() => {
    document.querySelectorAll('details').forEach((d) => (d.open = true));
  });
  await page.waitForTimeout(300);
  const dom = await page.evaluate(() => {
    const badUrls: string[] = [];
    const handlers: string[] = [];
    const urlAttrs = [
      'href',
      'src',
      'srcset',
      'action',
      'formaction',
      'poster',
      'data',
      'xlink:href',
      'background',
    ];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) handlers.push(`<${el.tagName.toLowerCase()} ${name}>`);
        if (!urlAttrs.includes(name)) continue;
        // What the browser would actually navigate to, control characters stripped.
        const value = Array.from(attr.value)
          .filter((c) => c.charCodeAt(0) > 0x20)
          .join('')
          .toLowerCase();
        if (/^(javascript|vbscript|data):/.test(value) || value.includes('javascript:')) {
          badUrls.push(`<${el.tagName.toLowerCase()} ${name}="${attr.value.slice(0, 80)}">`);
        }
      }
    }
    const w = window as unknown as { __xssHits?: string[] };
    return { hits: w.__xssHits ?? ['hook missing'], badUrls, handlers };
  });
  return { ...dom, dialogs: [...dialogs], errors: [...errors] };
}

export function assertClean(f: Findings, where: string) {
  assert.deepEqual(f.hits, [], `${where}: a payload ran`);
  assert.deepEqual(f.dialogs, [], `${where}: a dialog opened`);
  assert.deepEqual(f.badUrls, [], `${where}: a dangerous URL reached an attribute`);
  assert.deepEqual(f.handlers, [], `${where}: an inline event handler exists`);
  assert.deepEqual(f.errors, [], `${where}: the page threw`);
}

/**
 * Opens `url` in a new page of `context`, recording every dialog (dismissed) and uncaught
 * error: a payload that ran shows up in one of them.
 */
export async function openWatched(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(url);
  return { page, dialogs, errors, response };
}
