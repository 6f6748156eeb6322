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
import type { BrowserContext } from 'playwright-core';
import type { FakeApi } from '../harness/fakeApi/server.ts';
import { createDemoDb } from '../../src/mocks/db.ts';
import { DEMO_CALL_IDS } from '../../src/mocks/ids.ts';
import { XSS_MARKUP } from '../fixtures/xssCorpus.ts';
import { screenshotPath } from '../harness/paths.ts';
import { browserSession } from './session.ts';
import { assertClean, hostile, HOOK, inspect, openWatched } from './xssChecks.ts';

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

async function newContext(bypassCSP: boolean): Promise<BrowserContext> {
  const context = await session.browser.newContext({
    bypassCSP,
    viewport: { width: 1440, height: 1000 },
  });
  await context.addInitScript(HOOK);
  return context;
}

for (const bypassCSP of [false, true]) {
  describe(bypassCSP ? 'with CSP bypassed (escaping alone)' : 'with the server CSP', () => {
    test('call pages full of payloads run none and show them as text', async () => {
      const context = await newContext(bypassCSP);
      try {
        for (const [i, id] of HOSTILE_IDS.entries()) {
          const { page, dialogs, errors } = await openWatched(
            context,
            `${session.server.url}/calls/${id}`,
          );
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
        const { page, dialogs, errors } = await openWatched(
          context,
          `${session.server.url}/calls/${HOSTILE_LIVE_ID}`,
        );
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
        const { page, dialogs, errors } = await openWatched(context, `${session.server.url}/calls`);
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
    const { page, dialogs, errors } = await openWatched(
      context,
      `${session.server.url}/calls/${HOSTILE_IDS[0]}`,
    );
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
    const { page, response } = await openWatched(
      context,
      `${session.server.url}/calls/${HOSTILE_IDS[0]}`,
    );
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
