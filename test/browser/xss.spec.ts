/**
 * XSS corpus in real Chromium, through the production server in live mode against a fake API:
 * 50+ known payloads go into every string of a call (values, object keys, tool names, URLs,
 * ids in the list). Checked twice: with the server's CSP, and with CSP bypassed, so React's
 * escaping and safeHttpUrl are proven on their own, not only by the policy behind them.
 * - no script runs (alert/confirm/prompt and a global __xss hook record any execution);
 * - no javascript:, vbscript: or data: URL from the API reaches an href, src or action;
 * - no element carries an inline event handler attribute;
 * - the payload text shows as text;
 * - the CSP header is present and a violation is reported to the server.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import type { FakeApi } from '../harness/fakeApi/server.ts';
import { createDemoDb } from '../../src/mocks/db.ts';
import { DEMO_CALL_IDS } from '../../src/mocks/ids.ts';
import { XSS_MARKUP, XSS_URLS } from '../fixtures/xssCorpus.ts';
import { screenshotPath } from '../harness/paths.ts';
import { browserSession } from './session.ts';

const URL_FIELDS = new Set(['recording_url', 'url', 'link', 'href', 'src']);
/** Fields that steer which sections render; left valid so every section shows its payloads. */
const KEEP = new Set(['id', 'status', 'role', 'turn', 'ms', 'is_error']);

/** Replaces every string in a call (values and keys of open objects) with corpus payloads. */
function hostile(base: Record<string, unknown>, id: string, offset: number) {
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

const HOSTILE_IDS = [
  '5f0c1d2e-3a4b-4c5d-8e6f-0000000a0001',
  '5f0c1d2e-3a4b-4c5d-8e6f-0000000a0002',
  '5f0c1d2e-3a4b-4c5d-8e6f-0000000a0003',
];

const HOSTILE_LIVE_ID = '5f0c1d2e-3a4b-4c5d-8e6f-0000000a0004';

/** Payloads in place of the demo's calls, put in before the console starts. */
function plantPayloads(api: FakeApi) {
  const db = createDemoDb();
  const bases = [DEMO_CALL_IDS.booked, DEMO_CALL_IDS.failedTool, DEMO_CALL_IDS.legacyTranscript];
  HOSTILE_IDS.forEach((id, i) => {
    const base = db.getCall(bases[i]!) as unknown as Record<string, unknown>;
    api.overrides.set(id, hostile(base, id, i * 17));
  });
  // A live call full of payloads, for the stop dialog (it repeats numbers, agent and id).
  const live = db.getCall(DEMO_CALL_IDS.booked) as unknown as Record<string, unknown>;
  api.overrides.set(HOSTILE_LIVE_ID, {
    ...hostile(live, HOSTILE_LIVE_ID, 7),
    status: 'in_progress',
    ended_at: null,
  });
  // List rows whose ids, numbers and labels are payloads too (their pages cannot be opened).
  XSS_MARKUP.slice(0, 6).forEach((payload, i) => {
    const base = db.getCall(DEMO_CALL_IDS.booked) as unknown as Record<string, unknown>;
    api.overrides.set(payload, { ...hostile(base, payload, 40 + i), status: 'completed' });
  });
}

const session = browserSession({
  fakeApi: plantPayloads,
  env: { ONEINBOX_API_KEY: 'oi_sk_xss_test' },
});

/** Records any execution. A string: tsx's __name helper does not exist in the page. */
const HOOK = `(() => {
  window.__xssHits = [];
  function hit(what) { return function (arg) { window.__xssHits.push(what + '(' + String(arg) + ')'); }; }
  window.__xss = hit('__xss');
  window.alert = hit('alert');
  window.confirm = hit('confirm');
  window.prompt = hit('prompt');
})();`;

async function newContext(bypassCSP: boolean): Promise<BrowserContext> {
  const context = await session.browser.newContext({
    bypassCSP,
    viewport: { width: 1440, height: 1000 },
  });
  await context.addInitScript(HOOK);
  return context;
}

interface Findings {
  hits: string[];
  badUrls: string[];
  handlers: string[];
  dialogs: string[];
  errors: string[];
}

/** Everything in the DOM that would mean a payload became markup or a live URL. */
async function inspect(page: Page, dialogs: string[], errors: string[]): Promise<Findings> {
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

async function openWatched(context: BrowserContext, path: string) {
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(`${session.server.url}${path}`);
  return { page, dialogs, errors, response };
}

function assertClean(f: Findings, where: string) {
  assert.deepEqual(f.hits, [], `${where}: a payload ran`);
  assert.deepEqual(f.dialogs, [], `${where}: a dialog opened`);
  assert.deepEqual(f.badUrls, [], `${where}: a dangerous URL reached an attribute`);
  assert.deepEqual(f.handlers, [], `${where}: an inline event handler exists`);
  assert.deepEqual(f.errors, [], `${where}: the page threw`);
}

for (const bypassCSP of [false, true]) {
  describe(bypassCSP ? 'with CSP bypassed (escaping alone)' : 'with the server CSP', () => {
    test('call pages full of payloads run none and show them as text', async () => {
      const context = await newContext(bypassCSP);
      try {
        for (const [i, id] of HOSTILE_IDS.entries()) {
          const { page, dialogs, errors } = await openWatched(context, `/calls/${id}`);
          await page.getByRole('article', { name: 'Call' }).waitFor();
          await page.getByRole('region', { name: 'Summary' }).waitFor();
          await page.waitForTimeout(800); // lazy charts, agent name, recording metadata
          const payload = hostileSample(id);
          // The summary's payload is on screen as literal text.
          await page
            .getByRole('region', { name: 'Summary' })
            .getByText(payload, { exact: false })
            .first()
            .waitFor();
          const findings = await inspect(page, dialogs, errors);
          if (i === 0) {
            await page.screenshot({
              path: screenshotPath(`xss-call-${bypassCSP ? 'nocsp' : 'csp'}`),
              fullPage: true,
            });
          }
          assertClean(findings, `call ${i + 1}`);
          // The recording link was javascript:/data:, so no player source and no link to it.
          const audioSrc = await page.evaluate(() =>
            Array.from(document.querySelectorAll('audio, audio source')).map(
              (el) => el.getAttribute('src') ?? '',
            ),
          );
          assert.ok(
            audioSrc.every((s) => /^https?:|^$/.test(s)),
            `audio src: ${audioSrc}`,
          );
          await page.close();
        }
      } finally {
        await context.close();
      }
    });

    test('the stop dialog of a live call full of payloads runs none', async () => {
      const context = await newContext(bypassCSP);
      try {
        const { page, dialogs, errors } = await openWatched(context, `/calls/${HOSTILE_LIVE_ID}`);
        await page.getByRole('article', { name: 'Call' }).waitFor();
        await page.getByRole('button', { name: 'Stop call' }).click();
        await page.getByRole('alertdialog').waitFor();
        assertClean(await inspect(page, dialogs, errors), 'stop dialog');
        await page.close();
      } finally {
        await context.close();
      }
    });

    test('the call list with payload ids and labels runs none', async () => {
      const context = await newContext(bypassCSP);
      try {
        const { page, dialogs, errors } = await openWatched(context, '/calls');
        await page.getByRole('table', { name: 'Calls', exact: true }).waitFor();
        await page.waitForTimeout(500);
        const findings = await inspect(page, dialogs, errors);
        assertClean(findings, 'list');
        const text = await page.evaluate(() => document.body.innerText);
        assert.ok(text.includes('<script>'), 'payload markup shows as text in the list');
        await page.close();
      } finally {
        await context.close();
      }
    });
  });
}

test('the traps work: a payload injected as markup is caught by every check', async () => {
  // Without this, a check that could never fire would pass quietly.
  const context = await newContext(true);
  try {
    const { page, dialogs, errors } = await openWatched(context, `/calls/${HOSTILE_IDS[0]}`);
    await page.getByRole('article', { name: 'Call' }).waitFor();
    await page.evaluate(`document.body.insertAdjacentHTML('beforeend',
      '<img src=x onerror="__xss(999)"><a href="javascript:void(0)">x</a>')`);
    await page.waitForTimeout(300);
    const findings = await inspect(page, dialogs, errors);
    assert.deepEqual(findings.hits, ['__xss(999)']);
    assert.equal(findings.handlers.length, 1);
    assert.equal(findings.badUrls.length, 1);
    await page.close();
  } finally {
    await context.close();
  }
});

/** The payload put in ai_summary of a hostile call, one line of it, for a text lookup. */
function hostileSample(id: string): string {
  const call = session.api.overrides.get(id) as { ai_summary: string };
  return call.ai_summary.split('\n')[0]!.slice(0, 40);
}

test('CSP header is present, and a violation is reported to the server', async () => {
  const context = await newContext(false);
  try {
    const { page, response } = await openWatched(context, `/calls/${HOSTILE_IDS[0]}`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /object-src 'none'/);
    assert.match(csp, /report-uri \S+/);
    await page.getByRole('article', { name: 'Call' }).waitFor();
    const violation = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) =>
            resolve(`${e.effectiveDirective} ${e.blockedURI}`),
          );
          const s = document.createElement('script');
          s.textContent = '__xss("csp-probe")';
          document.body.append(s);
          setTimeout(() => resolve('no violation event'), 3_000);
        }),
    );
    assert.match(violation, /^script-src/);
    const hits = await page.evaluate(
      () => (window as unknown as { __xssHits: string[] }).__xssHits,
    );
    assert.deepEqual(hits, [], 'the inline probe was blocked');
    const deadline = Date.now() + 5_000;
    while (!/"msg":"csp violation"/.test(session.server.output()) && Date.now() < deadline) {
      await page.waitForTimeout(100);
    }
    assert.match(session.server.output(), /"msg":"csp violation"/, 'the server logged the report');
    await page.close();
  } finally {
    await context.close();
  }
});
