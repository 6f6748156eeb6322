import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_CALL_IDS } from '../../src/mocks/ids.ts';
import { screenshotPath } from '../harness/paths.ts';
import { browserSession } from './session.ts';

const session = browserSession();

async function openCall(
  id: string,
  options: { width?: number; colorScheme?: 'light' | 'dark'; hash?: string } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await session.browser.newContext({
    viewport: { width: options.width ?? 1440, height: 1000 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${session.server.url}/calls/${id}${options.hash ?? ''}`);
  await page.getByRole('region', { name: 'Call facts' }).waitFor();
  return { context, page, errors };
}

const SECTIONS = ['Call facts', 'Summary', 'Conversation', 'Transcript', 'Recording', 'Raw data'];

test('booked call: every section, agent name, recording plays, screenshots in both themes', async () => {
  const { context, page, errors } = await openCall(DEMO_CALL_IDS.booked);
  for (const name of SECTIONS) {
    await page.getByRole('region', { name }).waitFor();
  }
  // Every in-page link has its section (latency included, once its lazy chunk is in).
  await page.locator('#latency').waitFor();
  const targets = await page
    .getByRole('navigation', { name: 'Call sections' })
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((a) => [
        a.getAttribute('href'),
        Boolean(document.querySelector(a.getAttribute('href') ?? '')),
      ]),
    );
  assert.equal(targets.length, 7);
  assert.ok(
    targets.every(([, found]) => found),
    JSON.stringify(targets),
  );
  const facts = page.getByRole('region', { name: 'Call facts' });
  await facts.getByText('Brightsmile Dental Receptionist').waitFor();
  await facts.getByText('Appointment Booked').waitFor();

  const summary = page.getByRole('region', { name: 'Summary' });
  await summary.getByText(/booked a cleaning/).waitFor();
  await summary.getByText('BSD-44817', { exact: true }).waitFor();

  const conversation = page.getByRole('region', { name: 'Conversation' });
  await conversation.getByText('check_availability').waitFor();
  await conversation.getByText(/"period": "afternoon"/).waitFor();

  // Recording: metadata loads from the real demo file, and Play advances the clock.
  const player = page.getByRole('group', { name: 'Recording player' });
  await player.getByText(/^0:00 \/ \d+:\d\d$/).waitFor({ timeout: 10_000 });
  await player.getByRole('button', { name: 'Forward 10 seconds' }).click();
  await player.getByText(/^0:10 \//).waitFor();
  await player.getByRole('combobox', { name: 'Speed' }).selectOption('1.5');
  assert.equal(await page.evaluate(() => document.querySelector('audio')?.playbackRate), 1.5);
  await player.getByRole('button', { name: 'Play' }).click();
  await player.getByRole('button', { name: 'Pause' }).waitFor();
  await player.getByRole('button', { name: 'Pause' }).click();

  await page.waitForTimeout(600); // lazy latency charts settle
  await page.screenshot({ path: screenshotPath('callpage-1440-light'), fullPage: true });

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  assert.equal(
    await page.evaluate(() => document.documentElement.classList.contains('dark')),
    true,
  );
  await page.screenshot({ path: screenshotPath('callpage-1440-dark'), fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `page scrolls sideways at 390 px by ${overflow}px`);
  await page.screenshot({ path: screenshotPath('callpage-390-dark'), fullPage: true });
  // The full 390 px page is too tall to read when scaled down; also save it in slices.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, part = 1; y < height && part <= 4; y += 1100, part++) {
    await page.screenshot({
      path: screenshotPath(`callpage-390-dark-part${part}`),
      fullPage: true,
      clip: { x: 0, y, width: 390, height: Math.min(1100, height - y) },
    });
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('390 px light theme: no sideways scroll', async () => {
  const { context, page, errors } = await openCall(DEMO_CALL_IDS.failedTool, {
    width: 390,
    colorScheme: 'light',
  });
  await page
    .getByRole('region', { name: 'Conversation' })
    .getByText('Result: error')
    .first()
    .waitFor();
  await page.waitForTimeout(600);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `page scrolls sideways at 390 px by ${overflow}px`);
  await page.screenshot({ path: screenshotPath('callpage-390-light-failed-tool'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('large call: virtualized, fast, and search finds text scrolled out of view', async () => {
  const started = Date.now();
  const { context, page, errors } = await openCall(DEMO_CALL_IDS.large);
  const list = page.getByRole('list', { name: 'Messages' });
  await list.getByRole('listitem').first().waitFor();
  const firstPaintMs = Date.now() - started;
  const rendered = await list.getByRole('listitem').count();
  assert.ok(rendered < 80, `expected a virtualized list, got ${rendered} items in the DOM`);

  const search = page.getByRole('searchbox', { name: 'Search the conversation' });
  const typed = Date.now();
  await search.fill('crm_lookup');
  const status = page.getByRole('region', { name: 'Conversation' }).getByRole('status').first();
  await status.getByText(/^1 of \d+ matches$/).waitFor();
  const searchMs = Date.now() - typed;
  const total = Number(/of (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  assert.ok(total > 400, `expected >400 matches, got ${total}`);

  // Previous from the first match wraps to the last one, thousands of messages down.
  await page.getByRole('button', { name: 'Previous match' }).click();
  await status.getByText(`${total} of ${total} matches`).waitFor();
  await page.waitForFunction(() => {
    const items = Array.from(document.querySelectorAll('[role="listitem"][aria-posinset]'));
    return items.some(
      (el) => Number(el.getAttribute('aria-posinset')) > 1000 && el.querySelector('mark'),
    );
  });
  console.log(
    `large call: first list paint ${firstPaintMs} ms, ${rendered} items in DOM, search ${searchMs} ms for ${total} matches`,
  );
  await page.screenshot({ path: screenshotPath('callpage-large-search') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('expired recording: the call is refetched once and the fresh link plays', async () => {
  const { context, page, errors } = await openCall(DEMO_CALL_IDS.expiredRecording);
  const player = page.getByRole('group', { name: 'Recording player' });
  await player.getByText(/^0:00 \/ \d+:\d\d$/).waitFor({ timeout: 10_000 });
  const src = await page.evaluate(() => document.querySelector('audio')?.getAttribute('src'));
  assert.match(src ?? '', /\/demo\/recording\.ogg\?sig=\d+$/);
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('hostile call: markup stays text, javascript: recording is refused, no dialogs', async () => {
  const { context, page, errors } = await openCall(DEMO_CALL_IDS.hostile);
  const conversation = page.getByRole('region', { name: 'Conversation' });
  await conversation
    .getByText('My name is <img src=x onerror="alert(1)">', { exact: false })
    .waitFor();
  await page
    .getByRole('region', { name: 'Summary' })
    .getByText(/<b>bold\?<\/b>/)
    .waitFor();
  await page
    .getByRole('region', { name: 'Recording' })
    .getByText(/not an http\(s\) address/)
    .waitFor();
  assert.equal(await page.locator('main img, main script, main svg[onload]').count(), 0);
  assert.equal(await page.locator('a[href^="javascript:"], audio[src^="javascript:"]').count(), 0);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await page.waitForTimeout(300);
  assert.equal(await page.locator('main img, main script').count(), 0);
  await page.screenshot({ path: screenshotPath('callpage-hostile-open'), fullPage: true });
  await page.waitForTimeout(500);
  assert.deepEqual(errors, []);
  await context.close();
});

test('deep link: #raw scrolls to the raw data once the call is shown', async () => {
  const { context, page, errors } = await openCall(DEMO_CALL_IDS.booked, { hash: '#raw' });
  await page.waitForFunction(() => {
    const el = document.getElementById('raw');
    if (!el) return false;
    const box = el.getBoundingClientRect();
    // In view, and the page really scrolled to it (it is far below the fold at 1000 px).
    return window.scrollY > 500 && box.top >= -2 && box.top < window.innerHeight - 100;
  });
  // The raw call JSON downloads as a file built in the browser (allowed by the CSP).
  const raw = page.getByRole('region', { name: 'Raw data' });
  await raw.locator('summary').filter({ hasText: 'Raw call JSON' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    raw.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `call-${DEMO_CALL_IDS.booked}.json`);
  const file = await download.path();
  const body = JSON.parse(await readFile(file, 'utf8')) as { id: string };
  assert.equal(body.id, DEMO_CALL_IDS.booked);
  assert.deepEqual(errors, []);
  await context.close();
});

test('live call: post-call sections say they fill in after the call ends', async () => {
  const { context, page, errors } = await openCall(DEMO_CALL_IDS.live);
  for (const name of ['Summary', 'Conversation', 'Transcript', 'Recording']) {
    await page
      .getByRole('region', { name })
      .getByText(/fills in after the call ends/)
      .waitFor();
  }
  await page.screenshot({ path: screenshotPath('callpage-live'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a turn picked in the latency section is highlighted and scrolled to in the conversation', async () => {
  const { context, page, errors } = await openCall(DEMO_CALL_IDS.large);
  await page.getByRole('list', { name: 'Messages' }).getByRole('listitem').first().waitFor();
  const next = page.locator('#latency').getByRole('button', { name: /Next slow turn/ });
  await next.waitFor();
  const seen = new Set<string>();
  for (let i = 0; i < 4; i++) {
    // Scroll the list far away first (search wraps to its last match, ~1,500 messages down), so
    // the turn's messages are not rendered until the conversation scrolls to them.
    const search = page.getByRole('searchbox', { name: 'Search the conversation' });
    await search.fill('crm_lookup');
    await page.getByRole('button', { name: 'Previous match' }).click();
    await search.fill('');
    await page.waitForFunction(
      () => !document.querySelector('[role="listitem"][aria-posinset="5"]'),
    );
    await next.click();
    // The highlighted items of the selected turn are rendered and inside the list's viewport.
    const positions = await page.waitForFunction(() => {
      const box = document.querySelector('[role="group"][aria-label^="Messages"]');
      if (!box) return null;
      const view = box.getBoundingClientRect();
      const current = Array.from(box.querySelectorAll('[role="listitem"][aria-current="true"]'));
      const visible = current.filter((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > view.top && r.top < view.bottom;
      });
      return visible.length > 0 ? visible.map((el) => el.getAttribute('aria-posinset')) : null;
    });
    const list = (await positions.jsonValue()) as string[];
    seen.add(list.join(','));
  }
  console.log(`turns selected from the latency section showed items ${[...seen].join(' | ')}`);
  // Different turns were selected, each scrolled into view.
  assert.ok(seen.size > 1, `expected several turns, saw ${[...seen].join(' | ')}`);
  const pressed = page
    .getByRole('list', { name: 'Messages' })
    .locator('button[aria-pressed="true"]');
  assert.equal(await pressed.count(), 1);
  await page.screenshot({ path: screenshotPath('callpage-turn-selected') });
  assert.deepEqual(errors, []);
  await context.close();
});
