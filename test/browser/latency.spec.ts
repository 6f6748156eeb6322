import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_CALL_IDS } from '../../src/mocks/ids.ts';
import { screenshotPath } from '../harness/paths.ts';
import { startConsoleServer } from '../harness/consoleProcess.ts';
import { startFakeApi } from '../harness/fakeApi/server.ts';
import { browserSession } from './session.ts';

const session = browserSession();

const BARS = '[data-testid="turn-chain-chart"] .recharts-bar-rectangle';

async function openCall(page: Page, id: string) {
  await page.goto(`${session.server.url}/calls/${id}`);
  await page.locator('#latency').waitFor();
}

async function assertNoJunk(page: Page) {
  const text = await page.locator('#latency').innerText();
  assert.doesNotMatch(text, /NaN|undefined|Infinity/);
}

/**
 * Clicks a control inside the page and measures until the next frame after the DOM shows `ready`.
 * Sent as source text: tsx would otherwise wrap named functions in a helper the page lacks.
 */
async function timeClick(page: Page, buttonName: string, ready: string): Promise<number> {
  const script = `new Promise((resolve, reject) => {
    const button = [...document.querySelectorAll('#latency button')].find(
      (b) => b.textContent.trim() === ${JSON.stringify(buttonName)},
    );
    if (!button) return reject(new Error('no button ' + ${JSON.stringify(buttonName)}));
    const t0 = performance.now();
    button.click();
    const check = () => {
      if (document.querySelector('#latency').textContent.includes(${JSON.stringify(ready)})) {
        requestAnimationFrame(() => resolve(performance.now() - t0));
      } else if (performance.now() - t0 > 10000) {
        reject(new Error('timed out waiting for ' + ${JSON.stringify(ready)}));
      } else requestAnimationFrame(check);
    };
    check();
  })`;
  return page.evaluate(script) as Promise<number>;
}

test('a demo call: charts, summaries, slow-turn navigation and waterfall', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1440, height: 1100 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openCall(page, DEMO_CALL_IDS.booked);
  await page.locator(BARS).first().waitFor();
  const section = page.locator('#latency');
  await section.getByRole('heading', { name: 'Response time per turn' }).waitFor();
  await section.getByRole('heading', { name: 'Components' }).waitFor();
  await section.getByRole('heading', { name: 'Connect phase' }).waitFor();
  await section.getByText(/^Median turn /).waitFor();

  // Keyboard: focus the chart, move Recharts' cursor to the second turn, open it with Enter.
  await section.locator('[data-testid="turn-chain-chart"] .recharts-surface').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await section.getByRole('heading', { name: /^Turn \d+ chain$/ }).waitFor();

  await section.getByRole('button', { name: 'Next slow turn →' }).click();
  await section.getByRole('heading', { name: /^Turn \d+ chain$/ }).waitFor();
  await assertNoJunk(page);
  // Leave the chart so its tooltip does not cover the screenshot.
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
  await section.screenshot({ path: screenshotPath('latency-booked') });

  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await section.screenshot({ path: screenshotPath('latency-booked-dark') });

  await page.setViewportSize({ width: 390, height: 900 });
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: screenshotPath('latency-booked-390') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the 2,000-turn call stays responsive', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1440, height: 1100 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(`
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  `);
  await page.goto(`${session.server.url}/calls/${DEMO_CALL_IDS.large}`);
  await page.getByRole('article', { name: 'Call' }).waitFor({ timeout: 30_000 });
  const callShownAt = await page.evaluate(() => performance.now());
  await page.locator(BARS).first().waitFor({ timeout: 30_000 });
  const drawnAt = await page.evaluate(() => performance.now());
  const bars = await page.locator(BARS).count();
  const section = page.locator('#latency');
  await section.getByText(/^Showing turns 1–100 of 2,000/).waitFor();

  const nextSlow = await timeClick(page, 'Next slow turn →', 'chain');
  const laterPage = await timeClick(page, 'Later →', 'Showing turns 101–200');
  // Jump far away from the window: selecting from the table brings the turn into the chart.
  const far = section
    .getByRole('table', { name: /slowest turns/ })
    .getByRole('button', { name: /^Turn \d+$/ })
    .nth(1);
  const farTurn = Number((await far.innerText()).replace(/\D/g, ''));
  await far.click();
  await section.getByRole('heading', { name: `Turn ${farTurn} chain` }).waitFor();
  const shown = /Showing turns (\d+)–(\d+)/.exec(await section.innerText());
  assert.ok(shown && Number(shown[1]) <= farTurn && farTurn <= Number(shown[2]), 'window follows');
  const selected = await section.getByRole('status').first().innerText();
  const targetStart = Date.now();
  await section.getByRole('spinbutton', { name: /Target/ }).fill('1500');
  await section
    .getByText(/over 1\.50 s/)
    .first()
    .waitFor();
  const targetChange = Date.now() - targetStart;
  const longTasks = await page.evaluate(
    () => (window as unknown as { __longTasks: number[] }).__longTasks,
  );
  const report = {
    navigationToCallPageMs: Math.round(callShownAt),
    navigationToChartMs: Math.round(drawnAt),
    barsDrawn: bars,
    nextSlowTurnMs: Math.round(nextSlow),
    pageLaterMs: Math.round(laterPage),
    targetChangeMs: targetChange,
    longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    longTasks: longTasks.length,
    selected,
  };
  console.log('2000-turn latency metrics', JSON.stringify(report));
  await assertNoJunk(page);
  await section.screenshot({ path: screenshotPath('latency-large') });
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await page.setViewportSize({ width: 390, height: 900 });
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: screenshotPath('latency-large-390-dark') });
  assert.ok(bars < 2000, 'only the brushed window is drawn');
  assert.ok(nextSlow < 1000, `selecting a turn took ${nextSlow} ms`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a live call: new turns arrive without resetting the selection', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1440, height: 1100 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openCall(page, DEMO_CALL_IDS.live);
  await page.locator(BARS).first().waitFor();
  const section = page.locator('#latency');
  const summary = section.getByText(/^Median turn /);
  const countTurns = async () => Number(/of (\d+) turns?/.exec(await summary.innerText())?.[1]);
  const before = await countTurns();
  await section.getByRole('button', { name: 'Turn 1', exact: true }).first().click();
  await section.getByRole('heading', { name: 'Turn 1 chain' }).waitFor();
  await page.waitForFunction(
    (n) => {
      const text = document.querySelector('#latency')?.textContent ?? '';
      const m = /of (\d+) turns?/.exec(text);
      return m !== null && Number(m[1]) >= n + 2;
    },
    before,
    { timeout: 15_000 },
  );
  assert.ok((await countTurns()) >= before + 2);
  await section.getByRole('heading', { name: 'Turn 1 chain' }).waitFor({ timeout: 1000 });

  // Past 12 turns the window controls appear; a zoom must survive the next polls.
  await section.getByRole('button', { name: 'Zoom in' }).waitFor({ timeout: 40_000 });
  await section.getByRole('button', { name: 'Zoom in' }).click();
  // Step off the newest turns (which a window would follow, like a tail) to pin the window.
  await section.getByRole('button', { name: '← Earlier' }).click();
  const windowText = async () =>
    /Showing turns (\d+–\d+) of (\d+)/.exec(await section.innerText()) ?? ['', '', '0'];
  const [, zoomed, total] = await windowText();
  await page.waitForFunction(
    (n) => new RegExp(`Showing turns \\d+–\\d+ of ${n + 1}`).test(document.body.innerText),
    Number(total),
    { timeout: 10_000 },
  );
  assert.equal((await windowText())[1], zoomed, 'the zoom window stayed on the same turns');
  await section.getByRole('heading', { name: 'Turn 1 chain' }).waitFor({ timeout: 1000 });
  await section.screenshot({ path: screenshotPath('latency-live') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a call without latency says so', async () => {
  const page = await session.browser.newPage();
  await openCall(page, DEMO_CALL_IDS.allNull);
  await page.locator('#latency').getByText('No turns measured yet.').waitFor();
  await page.close();
});

/** Partial and broken latency data, as a live-mode API could send it. */
const PARTIAL_CALL = {
  id: 'call_partial_latency',
  agent_id: 'agt_dental_reception',
  type: 'web',
  status: 'completed',
  direction: 'inbound',
  messages: [
    { role: 'agent', content: 'Hello' },
    { role: 'user', content: 'Hi' },
    { role: 'agent', content: 'How can I help?' },
  ],
  latency: {
    stt: { avg_ms: 140, p50_ms: 130, min_ms: 90, max_ms: 260, samples: 3, provider: 'deepgram' },
    llm_ttft: { avg_ms: 'n/a', p50_ms: 610, min_ms: 400, max_ms: 900, samples: 3 },
    tts_ttfb: null,
    events: [
      { turn: 1, type: 'eou_delay', ms: 300 },
      { turn: 1, type: 'stt', ms: 120 },
      { turn: 1, type: 'llm_ttft', ms: 610 },
      { turn: 2, type: 'stt', ms: 90 },
      { turn: 2, type: 'tool', ms: 450 },
      { turn: 2, type: 'vad_wait', ms: 80 },
      { turn: 2, type: 'tool:<img src=x onerror=alert(1)>', ms: 30 },
      { turn: 2, type: 'llm_ttft', ms: 400 },
      { turn: 3, type: 'stt', ms: 260 },
      { turn: 3, type: 'llm_ttft', ms: -20 },
      { type: 'stt', ms: 100 },
      { turn: 3, type: 'tts_ttfb', ms: 'fast' },
    ],
    connect: { setup_ms: 240, dispatch_to_answer_ms: null, answer_to_active_ms: 120 },
  },
};

test('live mode, partial latency data: missing parts said, bad events listed', async () => {
  const api = await startFakeApi();
  api.overrides.set(PARTIAL_CALL.id, PARTIAL_CALL);
  const live = await startConsoleServer({
    ONEINBOX_API_KEY: 'oi_sk_test_latency',
    ONEINBOX_API_URL: api.url,
  });
  try {
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 1100 } });
    await page.goto(`${live.url}/calls/${PARTIAL_CALL.id}`);
    const section = page.locator('#latency');
    await section.getByText(/data-quality warnings/).waitFor({ timeout: 15_000 });
    await section.getByText('Event excluded: negative ms').waitFor();
    await section.getByText('Dispatch → answer: missing').waitFor();
    await section.getByText(/Missing: TTS time to first byte/).waitFor();
    // Type names are data: shown as text, never as markup.
    await section.getByText(/^Tool <img src=x onerror=alert\(1\)> \d+%$/).waitFor();
    assert.equal(await section.locator('img').count(), 0);
    await section.screenshot({ path: screenshotPath('latency-partial') });
    await assertNoJunk(page);
    await page.close();
  } finally {
    await live.stop();
    await api.close();
  }
});
