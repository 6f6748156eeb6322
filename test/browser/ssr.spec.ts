/**
 * Issue 15: call pages rendered by the production server (live mode, fake API), in Chromium.
 * - the first line is in the page before any script runs (JavaScript off);
 * - hydration from the embedded call: zero console warnings, no second fetch of the call;
 * - a slow API and a broken JSON answer fall back to today's client rendering;
 * - the XSS corpus, through server-rendered HTML and its hydration;
 * - a live call hydrates into polling, and Stop works.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import type { FakeApi } from '../harness/fakeApi/server.ts';
import { createDemoDb } from '../../src/mocks/db.ts';
import { DEMO_CALL_IDS } from '../../src/mocks/ids.ts';
import { screenshotPath } from '../harness/paths.ts';
import { browserSession } from './session.ts';
import { assertClean, hostile, HOOK, inspect, openWatched } from './xssChecks.ts';

const LOCALE = 'en-US';
const TIME_ZONE = 'Europe/London';
const db = createDemoDb();
const firstLine = (id: string) =>
  (db.getCall(id) as unknown as { messages: { content: string }[] }).messages[0]!.content;

const SLOW_ID = '5f0c1d2e-3a4b-4c5d-8e6f-0000000b0001';
/** Slow to answer, but within the server's budget: rendered, with the app sent during the wait. */
const HESITANT_ID = '5f0c1d2e-3a4b-4c5d-8e6f-0000000b0003';
const BROKEN_ID = '5f0c1d2e-3a4b-4c5d-8e6f-0000000b0002';
const HOSTILE_IDS = [
  '5f0c1d2e-3a4b-4c5d-8e6f-0000000b0011',
  '5f0c1d2e-3a4b-4c5d-8e6f-0000000b0012',
];

/** The slow, broken and hostile calls, put in before the console starts. */
function plantCalls(api: FakeApi) {
  api.overrides.set(SLOW_ID, { ...db.getCall(DEMO_CALL_IDS.booked), id: SLOW_ID });
  api.delays.set(SLOW_ID, 900);
  api.overrides.set(HESITANT_ID, { ...db.getCall(DEMO_CALL_IDS.booked), id: HESITANT_ID });
  api.delays.set(HESITANT_ID, 200);
  api.rawBodies.set(
    BROKEN_ID,
    `{"id": "${BROKEN_ID}", "messages": [{"role": "agent", "content": "Hel`,
  );
  const bases = [DEMO_CALL_IDS.booked, DEMO_CALL_IDS.failedTool];
  HOSTILE_IDS.forEach((id, i) => {
    api.overrides.set(id, hostile(db.getCall(bases[i]!) as never, id, i * 23));
  });
}

const session = browserSession({
  fakeApi: plantCalls,
  env: { ONEINBOX_API_KEY: 'oi_sk_ssr_test' },
});

/** A browser that has visited before: it has told the server its locale, zone and theme. */
async function returningVisitor(options: { javaScriptEnabled?: boolean } = {}) {
  const context = await session.browser.newContext({
    locale: LOCALE,
    timezoneId: TIME_ZONE,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  await context.addCookies([
    {
      name: 'console-formatting',
      value: encodeURIComponent(`${LOCALE} ${TIME_ZONE}`),
      url: session.server.url,
    },
    { name: 'console-theme', value: 'light', url: session.server.url },
  ]);
  return context;
}

/** Console errors and warnings, and uncaught errors, of one page. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

const callReads = (id: string) =>
  session.api.seen.filter((r) => r.method === 'GET' && r.path === `/v1/calls/${id}`).length;

async function withContext(context: BrowserContext, run: () => Promise<void>) {
  try {
    await run();
  } finally {
    await context.close();
  }
}

test('the first conversation line is in the server HTML, before any script runs', async () => {
  const context = await returningVisitor({ javaScriptEnabled: false });
  await withContext(context, async () => {
    const page = await context.newPage();
    await page.goto(`${session.server.url}/calls/${DEMO_CALL_IDS.booked}`);
    await page.getByText(firstLine(DEMO_CALL_IDS.booked)).first().waitFor({ timeout: 5_000 });
    await page.getByRole('region', { name: 'Summary' }).waitFor({ timeout: 1_000 });
    await page.screenshot({ path: screenshotPath('ssr-no-javascript') });
  });
});

test('a first visit leaves the cookies for the next: that page comes rendered, in the dark theme', async () => {
  const context = await session.browser.newContext({
    locale: LOCALE,
    timezoneId: TIME_ZONE,
    colorScheme: 'dark',
    viewport: { width: 1280, height: 900 },
  });
  await withContext(context, async () => {
    const page = await context.newPage();
    const problems = watch(page);
    const url = `${session.server.url}/calls/${DEMO_CALL_IDS.booked}`;
    const first = await page.goto(url);
    assert.doesNotMatch((await first?.text()) ?? '', /id="console-ssr"/, 'a first visit');
    await page.getByText(firstLine(DEMO_CALL_IDS.booked)).first().waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => document.cookie.includes('console-formatting='));
    const cookies = Object.fromEntries(
      (await context.cookies()).map((c) => [c.name, decodeURIComponent(c.value)]),
    );
    assert.equal(cookies['console-theme'], 'dark');
    assert.equal(cookies['console-formatting'], `${LOCALE} ${TIME_ZONE}`);

    const second = await page.reload();
    const html = (await second?.text()) ?? '';
    assert.match(html, /id="console-ssr"/, 'the second visit is rendered on the server');
    assert.match(html, /<html lang="en" class="dark">/, 'in the theme the browser showed');
    assert.doesNotMatch(html, /theme-init\.js/, 'with no script to wait for before painting');
    assert.match(html, /aria-label="Switch to light theme"/, 'the toggle says what it does');
    await page.getByText(firstLine(DEMO_CALL_IDS.booked)).first().waitFor();
    await page.locator('#latency .recharts-surface').first().waitFor({ timeout: 15_000 });
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('dark')));
    assert.deepEqual(problems, [], 'console warnings or errors');
    await page.screenshot({ path: screenshotPath('ssr-returning-dark') });
  });
});

test('hydration from the embedded call: zero warnings, no second fetch, lazy parts load', async () => {
  const context = await returningVisitor();
  await withContext(context, async () => {
    const page = await context.newPage();
    const problems = watch(page);
    const before = callReads(DEMO_CALL_IDS.booked);
    await page.goto(`${session.server.url}/calls/${DEMO_CALL_IDS.booked}`);
    // The charts load after hydration, as on a client-rendered page.
    await page.locator('#latency .recharts-surface').first().waitFor({ timeout: 15_000 });
    await page.getByText(firstLine(DEMO_CALL_IDS.booked)).first().waitFor();
    await page.waitForTimeout(500);
    assert.deepEqual(problems, [], 'console warnings or errors while hydrating');
    assert.equal(callReads(DEMO_CALL_IDS.booked) - before, 1, 'only the server read the call');
    // Nothing of the app's (Intl, storage, the embedded call, hydration) runs between the first
    // frame and its presentation: hydration starts once the first contentful paint is reported.
    const order = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      hydration: performance.getEntriesByName('console:hydration')[0]?.startTime ?? null,
      // The app's modules, by when they were asked for (start-after-paint.js itself excepted).
      modules: performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.startsWith('/assets/') && e.name.endsWith('.js'))
        .map((e) => ({ path: new URL(e.name).pathname, at: e.startTime })),
    }));
    assert.ok(order.paint !== null && order.hydration !== null, JSON.stringify(order));
    assert.ok(
      order.hydration >= order.paint,
      `hydration after the paint: ${JSON.stringify(order)}`,
    );
    // Nor is any of its script fetched or compiled while the first screen is laid out.
    assert.ok(order.modules.length > 0, 'the app loaded');
    const early = order.modules.filter((m) => m.at < order.paint!);
    assert.deepEqual(early, [], `modules asked for before the first paint (${order.paint} ms)`);
    await page.screenshot({ path: screenshotPath('ssr-hydrated'), fullPage: true });
  });
});

test('the app loads in a background tab, and when no paint is ever reported', async () => {
  const hidden = `Object.defineProperty(document, 'visibilityState', { configurable: true, get: function () { return 'hidden'; } });`;
  // An observer that never reports: only start-after-paint.js's time cap can load the app.
  const silentPaint = `window.PerformanceObserver = Object.assign(function () { return { observe: function () {}, disconnect: function () {} }; }, { supportedEntryTypes: ['paint'] });`;
  for (const init of [hidden, silentPaint]) {
    const context = await returningVisitor();
    await withContext(context, async () => {
      const page = await context.newPage();
      await page.addInitScript(init);
      const problems = watch(page);
      await page.goto(`${session.server.url}/calls/${DEMO_CALL_IDS.booked}`);
      await page.waitForFunction(
        () => performance.getEntriesByName('console:hydration').length > 0,
        undefined,
        { timeout: 10_000 },
      );
      assert.deepEqual(problems, [], 'console warnings or errors');
    });
  }
});

test('an API slow to answer but within budget: rendered, the app sent during the wait, hydrated', async () => {
  const context = await returningVisitor();
  await withContext(context, async () => {
    const page = await context.newPage();
    const problems = watch(page);
    const response = await page.goto(`${session.server.url}/calls/${HESITANT_ID}`);
    const html = (await response?.text()) ?? '';
    assert.match(html, /id="console-ssr"/, 'server-rendered');
    const entryAt = html.search(/<script type="module"/);
    assert.ok(entryAt > 0 && entryAt < html.indexOf('<div id="root">'), 'the app went out first');
    assert.doesNotMatch(html, /start-after-paint/);
    await page.waitForFunction(
      () => performance.getEntriesByName('console:hydration').length > 0,
      undefined,
      { timeout: 10_000 },
    );
    await page.locator('#latency .recharts-surface').first().waitFor({ timeout: 15_000 });
    assert.deepEqual(problems, [], 'console warnings or errors');
    await page.screenshot({ path: screenshotPath('ssr-hesitant-api') });
  });
});

test('a slow API falls back to rendering in the browser', async () => {
  const context = await returningVisitor();
  await withContext(context, async () => {
    const page = await context.newPage();
    const started = Date.now();
    const response = await page.goto(`${session.server.url}/calls/${SLOW_ID}`, {
      waitUntil: 'commit',
    });
    const html = (await response?.text()) ?? '';
    assert.ok(Date.now() - started < 850, 'the page did not wait for the slow API');
    assert.match(html, /<div id="root"><\/div>/);
    assert.doesNotMatch(html, /id="console-ssr"/);
    await page.getByText(firstLine(DEMO_CALL_IDS.booked)).first().waitFor({ timeout: 10_000 });
  });
});

test('a broken JSON answer falls back to the client’s error state, never a 500', async () => {
  const context = await returningVisitor();
  await withContext(context, async () => {
    const page = await context.newPage();
    const response = await page.goto(`${session.server.url}/calls/${BROKEN_ID}`);
    assert.equal(response?.status(), 200);
    assert.match((await response?.text()) ?? '', /<div id="root"><\/div>/);
    await page.getByRole('alert').first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: screenshotPath('ssr-broken-json') });
  });
});

describe('the XSS corpus through server-rendered HTML', () => {
  test('no executable inline script and no live markup in the server HTML (JavaScript off)', async () => {
    const context = await returningVisitor({ javaScriptEnabled: false });
    await withContext(context, async () => {
      for (const id of HOSTILE_IDS) {
        const page = await context.newPage();
        const response = await page.goto(`${session.server.url}/calls/${id}`);
        const html = (await response?.text()) ?? '';
        assert.match(html, /id="console-ssr"/, 'the page was server-rendered');
        const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
          ([, attrs = '', body = '']) =>
            !/type="application\/json"/.test(attrs) &&
            (body.trim() !== '' || !/\bsrc=/.test(attrs)),
        );
        assert.deepEqual(
          scripts.map(([s]) => s.slice(0, 120)),
          [],
          'inline executable script',
        );
        await page.getByRole('article', { name: 'Call' }).waitFor({ timeout: 5_000 });
        const dom = await page.locator('body *').evaluateAll((els) =>
          els.flatMap((el) =>
            Array.from(el.attributes)
              .filter(
                (a) => /^on/i.test(a.name) || /^\s*(javascript|data|vbscript):/i.test(a.value),
              )
              .map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 60)}">`),
          ),
        );
        assert.deepEqual(dom, [], 'event handlers or dangerous URLs in the server HTML');
        await page.close();
      }
    });
  });

  test('hydrating the hostile pages runs no payload', async () => {
    const context = await returningVisitor();
    await context.addInitScript(HOOK);
    await withContext(context, async () => {
      for (const [i, id] of HOSTILE_IDS.entries()) {
        const { page, dialogs, errors } = await openWatched(
          context,
          `${session.server.url}/calls/${id}`,
        );
        await page.getByRole('article', { name: 'Call' }).waitFor();
        await page.waitForTimeout(800);
        assertClean(await inspect(page, dialogs, errors), `server-rendered call ${i + 1}`);
        await page.close();
      }
    });
  });
});

test('a live call hydrates into polling, and Stop works', async () => {
  const context = await returningVisitor();
  await withContext(context, async () => {
    const page = await context.newPage();
    const problems = watch(page);
    const id = DEMO_CALL_IDS.live;
    const before = callReads(id);
    const response = await page.goto(`${session.server.url}/calls/${id}`);
    assert.match((await response?.text()) ?? '', /id="console-ssr"/, 'server-rendered');
    const stop = page.getByRole('button', { name: 'Stop call' });
    await stop.waitFor({ timeout: 10_000 });
    // Live calls poll every 2 s: the browser's own reads start after the server's one.
    const deadline = Date.now() + 8_000;
    while (callReads(id) - before < 2 && Date.now() < deadline) await page.waitForTimeout(200);
    assert.ok(callReads(id) - before >= 2, 'the hydrated page polls the live call');
    await stop.click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Stop call' }).click();
    await dialog.waitFor({ state: 'detached' });
    await stop.waitFor({ state: 'detached', timeout: 10_000 });
    assert.deepEqual(
      session.api.seen.filter((r) => r.method === 'POST').map((r) => r.url),
      [`/v1/calls/${id}/stop`],
    );
    assert.deepEqual(problems, [], 'console warnings or errors');
    await page.screenshot({ path: screenshotPath('ssr-live-after-stop'), fullPage: true });
  });
});
