/**
 * Performance budgets, enforced on the production build in Chromium (production server, live
 * mode, fake API on loopback). Each limit has headroom for a shared, noisy machine; the bench
 * (`npm run bench`, docs/performance.md) has the real figures.
 * - initial JS for /calls/:id ≤ 130 KiB gzip, with the chart code in a lazily loaded chunk;
 * - the 5,000-message call, opened by a returning browser (server-rendered, issue 15), shows its
 *   first line within 1.5× the floor page's time (medians), and the server's HTML holds it;
 * - the conversation keeps ≤ 1,500 DOM elements, also after scrolling through it;
 * - polling makes no request while the tab is hidden, and resumes when it is visible again.
 */
import assert from 'node:assert/strict';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { firstMessageText, isChartChunk, measureLoad, median } from '../harness/measure.ts';
import { FLOOR_PATH } from '../harness/stack.ts';
import { DEMO_CALL_IDS } from '../../src/mocks/ids.ts';
import { screenshotPath } from '../harness/paths.ts';
import { measureHtml } from '../harness/ssrMeasure.ts';
import { browserSession } from './session.ts';

/** The budgets. BUDGET_SCALE < 1 tightens every limit (used once to watch each test fail). */
const SCALE = Number(process.env.BUDGET_SCALE ?? 1);
const BUDGET = {
  initialJsGzipKiB: 130 * SCALE,
  firstLineVsFloor: 1.5 * SCALE,
  conversationElements: 1_500 * SCALE,
  hiddenTabRequests: 0,
};
/**
 * Since the server renders the call page (issue 15) the 1.5× target is enforced as it stands;
 * the headroom for noise is the second round below. (Initial JS: the issue's own 130 KiB.)
 */
const GUARD = {
  firstLineVsFloor: BUDGET.firstLineVsFloor,
};
const RUNS = Number(process.env.BUDGET_RUNS ?? 5);

/** Page script (a string: tsx's __name helper is not in the page) that fakes tab visibility. */
const setVisibility = (state: 'hidden' | 'visible') => `
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: function () { return '${state}'; } });
  Object.defineProperty(document, 'hidden', { configurable: true, get: function () { return ${state === 'hidden'}; } });
  document.dispatchEvent(new Event('visibilitychange'));
`;

let largeFirstText = '';
const session = browserSession({
  stack: true,
  ready: async ({ api }) => {
    const large = (await (await fetch(`${api.url}/v1/calls/${DEMO_CALL_IDS.large}`)).json()) as {
      messages: unknown[];
    };
    largeFirstText = firstMessageText(large);
  },
});

test(`initial JS for /calls/:id ≤ ${BUDGET.initialJsGzipKiB} KiB gzip, charts in a lazy chunk`, async () => {
  const booked = (await (
    await fetch(`${session.api.url}/v1/calls/${DEMO_CALL_IDS.booked}`)
  ).json()) as {
    messages: unknown[];
  };
  const metrics = await measureLoad(
    session.browser,
    `${session.server.url}/calls/${DEMO_CALL_IDS.booked}`,
    {
      firstText: firstMessageText(booked),
      charts: true,
      distDir: session.stack.distDir,
    },
  );
  // Initial: what the page requested before its first line was in the DOM. Chunks fetched
  // after it (charts, transcript, raw JSON) are lazy and do not hold the first screen back.
  const initial = metrics.scripts.filter((s) => s.initial);
  const charts = metrics.scripts.filter((s) => s.chart);
  const initialKiB = initial.reduce((a, s) => a + s.gzipBytes, 0) / 1024;
  const detail = metrics.scripts
    .map(
      (s) =>
        `${s.url} ${(s.gzipBytes / 1024).toFixed(1)} KiB${s.chart ? ' (chart)' : ''}${s.initial ? '' : ' (lazy)'}`,
    )
    .join(', ');
  console.log(`initial JS ${initialKiB.toFixed(1)} KiB gzip: ${detail}`);

  // The chart code is not referenced by index.html: it only loads when the page asks for it.
  const html = readFileSync(path.join(session.stack.distDir, 'index.html'), 'utf8');
  const eager = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  assert.ok(eager.length > 0, 'index.html loads the app');
  for (const file of eager) {
    assert.equal(
      isChartChunk(path.join(session.stack.distDir, file)),
      false,
      `${file} carries Recharts`,
    );
  }
  assert.ok(charts.length > 0, 'the charts came from a separate chunk');
  assert.ok(
    charts.every((s) => !s.initial),
    'the chart chunk loads after the first line, not before',
  );
  // Bytes do not vary with machine load, so this budget needs no headroom.
  assert.ok(
    initialKiB <= BUDGET.initialJsGzipKiB,
    `initial JS ${initialKiB.toFixed(1)} KiB gzip > ${BUDGET.initialJsGzipKiB} KiB (${detail})`,
  );
});

test("the call page's chunk opens with V8's compile hint, and its copies and map agree", () => {
  const assets = path.join(session.stack.distDir, 'assets');
  const name = readdirSync(assets).find((f) => /^CallPage-[^.]+\.js$/.test(f));
  assert.ok(name, 'no CallPage chunk in the build');
  const file = path.join(assets, name);
  const code = readFileSync(file, 'utf8');
  // V8 honours it only as the first line (vite.config.ts, compileHints).
  assert.equal(code.split('\n')[0], '//# allFunctionsCalledOnLoad');
  // The server sends the precompressed copies: they must hold the same code.
  assert.equal(gunzipSync(readFileSync(`${file}.gz`)).toString('utf8'), code);
  assert.equal(brotliDecompressSync(readFileSync(`${file}.br`)).toString('utf8'), code);
  // The map still points a known string at its source line.
  const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const line = lines.findIndex((l) => l.includes('Search the conversation'));
  assert.ok(line >= 0);
  const at = originalPositionFor(map, {
    line: line + 1,
    column: lines[line]!.indexOf('Search the conversation'),
  });
  assert.match(at.source ?? '', /ConversationSearch\.tsx$/);
});

test(`5,000-message call: first line within ${GUARD.firstLineVsFloor}× the floor page (target ${BUDGET.firstLineVsFloor}×)`, async () => {
  const ours: number[] = [];
  const floor: number[] = [];
  const options = {
    firstText: largeFirstText,
    charts: false,
    distDir: session.stack.distDir,
    returning: true,
  };
  // One warm-up each (server JIT, Chromium start-up), then interleaved runs.
  await measureLoad(session.browser, `${session.server.url}/calls/${DEMO_CALL_IDS.large}`, options);
  await measureLoad(
    session.browser,
    `${session.server.url}${FLOOR_PATH}?id=${DEMO_CALL_IDS.large}`,
    options,
  );
  const round = async () => {
    for (let i = 0; i < RUNS; i++) {
      ours.push(
        (
          await measureLoad(
            session.browser,
            `${session.server.url}/calls/${DEMO_CALL_IDS.large}`,
            options,
          )
        ).firstLineMs,
      );
      floor.push(
        (
          await measureLoad(
            session.browser,
            `${session.server.url}${FLOOR_PATH}?id=${DEMO_CALL_IDS.large}`,
            options,
          )
        ).firstLineMs,
      );
    }
  };
  await round();
  let ratio = median(ours) / median(floor);
  // Headroom for a noisy shared machine: over budget once, measure a second round and judge
  // the medians of both. A real regression stays over; a burst of load from elsewhere does not.
  if (ratio > GUARD.firstLineVsFloor) {
    console.log(`first line ratio ${ratio.toFixed(2)} on the first round; measuring again`);
    await round();
    ratio = median(ours) / median(floor);
  }
  console.log(
    `first line, large call: console ${ours.map(Math.round).join('/')} ms, floor ${floor
      .map(Math.round)
      .join('/')} ms, ratio of medians ${ratio.toFixed(2)}`,
  );
  console.log(
    `first line ${ratio.toFixed(2)}× the floor: ${ratio <= BUDGET.firstLineVsFloor ? 'within' : 'OVER'} the ${BUDGET.firstLineVsFloor}× target, guard ${GUARD.firstLineVsFloor}×`,
  );
  assert.ok(
    ratio <= GUARD.firstLineVsFloor,
    `console ${Math.round(median(ours))} ms vs floor ${Math.round(median(floor))} ms: ${ratio.toFixed(2)}×`,
  );
});

test('the server HTML of the 5,000-message call holds its first conversation line', async () => {
  const html = await measureHtml(session.server.url, DEMO_CALL_IDS.large, largeFirstText);
  console.log(
    `large call HTML: ${(html.htmlBytes / 1024).toFixed(0)} KiB (first screen ${(html.firstScreenBytes / 1024).toFixed(0)} KiB), TTFB ${html.ttfbMs.toFixed(0)} ms, first line in body at ${html.firstLineMs.toFixed(0)} ms`,
  );
  assert.ok(Number.isFinite(html.firstLineMs), 'the first conversation line is in the body');
  assert.ok(html.firstScreenBytes < html.htmlBytes, 'the call JSON follows the first screen');
});

test(`the conversation keeps ≤ ${BUDGET.conversationElements} DOM elements`, async () => {
  const context = await session.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  try {
    const page = await context.newPage();
    await page.goto(`${session.server.url}/calls/${DEMO_CALL_IDS.large}`);
    const list = page.getByRole('list', { name: 'Messages' });
    await list.getByRole('listitem').first().waitFor();
    const count = () =>
      page.evaluate(
        () => document.getElementById('conversation')!.getElementsByTagName('*').length,
      );
    const counts = [await count()];
    // Scroll the list's own scroller to the middle and the end; the count must stay bounded.
    for (const at of [0.5, 1]) {
      await page.evaluate((fraction) => {
        const listEl = document.querySelector('[role="list"][aria-label="Messages"]')!;
        let scroller: HTMLElement | null = listEl as HTMLElement;
        while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1) {
          scroller = scroller.parentElement;
        }
        const target = scroller ?? document.scrollingElement!;
        target.scrollTop = (target.scrollHeight - target.clientHeight) * fraction;
      }, at);
      await page.waitForTimeout(400);
      counts.push(await count());
    }
    await page.screenshot({ path: screenshotPath('budgets-large-conversation'), fullPage: false });
    console.log(`conversation DOM elements (top, middle, end): ${counts.join(', ')}`);
    assert.ok(
      Math.max(...counts) <= BUDGET.conversationElements,
      `conversation DOM elements ${counts.join(', ')} > ${BUDGET.conversationElements}`,
    );
  } finally {
    await context.close();
  }
});

test('a live call makes no request while the tab is hidden, and polls again when visible', async () => {
  const context = await session.browser.newContext();
  try {
    const page = await context.newPage();
    const livePath = `/v1/calls/${DEMO_CALL_IDS.live}`;
    const reads = (since: number) =>
      session.api.seen.filter((r) => r.at >= since && r.path === livePath).length;
    await page.goto(`${session.server.url}/calls/${DEMO_CALL_IDS.live}`);
    await page.getByRole('article', { name: 'Call' }).waitFor();

    // Visible: the live call is polled (every 2 s).
    let since = Date.now();
    await page.waitForTimeout(5_000);
    const visibleReads = reads(since);
    assert.ok(visibleReads >= 1, `a visible live call is polled (${visibleReads} reads in 5 s)`);

    // Hidden: the page sees visibilityState "hidden" and a visibilitychange, as a backgrounded tab.
    // BUDGET_PROOF_NO_HIDE=1 leaves the tab visible: the check must then fail (proof it can).
    if (!process.env.BUDGET_PROOF_NO_HIDE) await page.evaluate(setVisibility('hidden'));
    await page.waitForTimeout(500); // a request already in flight may finish
    since = Date.now();
    await page.waitForTimeout(7_000);
    const hiddenReads = reads(since);

    // Visible again: polling resumes.
    await page.evaluate(setVisibility('visible'));
    since = Date.now();
    await page.waitForTimeout(5_000);
    const resumedReads = reads(since);
    console.log(
      `live call reads: visible ${visibleReads}, hidden ${hiddenReads}, visible again ${resumedReads}`,
    );
    assert.ok(
      hiddenReads <= BUDGET.hiddenTabRequests,
      `${hiddenReads} requests while hidden (budget ${BUDGET.hiddenTabRequests})`,
    );
    assert.ok(resumedReads >= 1, 'polling resumes when the tab is visible again');
  } finally {
    await context.close();
  }
});
