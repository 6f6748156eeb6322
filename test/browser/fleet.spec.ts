/**
 * /latency in a real Chromium: in demo mode (the service worker runs the fleet module over the
 * demo calls) and in live mode, where the console server pages a fake API's list with the key.
 * Screenshots at desktop and phone width, light and dark, go to test-results/fleet-*.png.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { screenshotPath } from '../harness/paths.ts';
import { browserSession } from './session.ts';

const VIEWPORTS = {
  desktop: { width: 1440, height: 1000 },
  phone: { width: 390, height: 844 },
} as const;

async function openLatency(
  browser: Browser,
  url: string,
  viewport: keyof typeof VIEWPORTS,
  theme: 'light' | 'dark',
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    colorScheme: theme,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.getByRole('heading', { name: 'Latency across calls' }).waitFor();
  await page.getByLabel('Headline figures').waitFor({ timeout: 30_000 });
  // The charts' lazy chunk has drawn.
  await page.locator('.recharts-surface').first().waitFor();
  return { page, errors };
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

describe('/latency in demo mode', () => {
  const session = browserSession();

  test('from the header: figures, filters in the URL, a slowest call opens at #latency', async () => {
    const context = await session.browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${session.server.url}/calls`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Latency' })
      .click();
    await page.waitForURL(/\/latency$/);
    const figures = page.getByLabel('Headline figures');
    await figures.waitFor({ timeout: 30_000 });
    await page.getByText(/^500 calls read in 5 pages/).waitFor();
    assert.match(await figures.innerText(), /Turn p95\s+\d/);
    await page
      .getByRole('table', { name: 'Component latency percentiles' })
      .getByRole('cell', { name: 'LLM time to first token' })
      .waitFor();

    await page.getByRole('combobox', { name: 'Window' }).selectOption('100');
    await page.waitForURL(/\/latency\?window=100$/);
    await page.getByText(/^100 calls read in 1 page/).waitFor();

    const slowest = page.getByRole('table', { name: 'Slowest calls by p95 turn' });
    const link = slowest.getByRole('link').first();
    const href = await link.getAttribute('href');
    assert.match(href ?? '', /^\/calls\/[^/]+#latency$/);
    await link.click();
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
    await page.locator('#latency').getByRole('heading', { name: 'Latency' }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const viewport of ['desktop', 'phone'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`screenshot: ${viewport}, ${theme}`, async () => {
        const { page, errors } = await openLatency(
          session.browser,
          `${session.server.url}/latency`,
          viewport,
          theme,
        );
        // Nothing wider than the screen: tables scroll inside their own box.
        await shoot(page, `fleet-demo-${viewport}-${theme}`);
        const { overflow, widest } = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const wide = Array.from(document.querySelectorAll('body *'))
            .filter((el) => el.getBoundingClientRect().right > width + 0.5)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80));
          return {
            overflow: document.documentElement.scrollWidth - width,
            widest: wide.slice(0, 3),
          };
        });
        assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px: ${widest.join(' | ')}`);
        assert.deepEqual(errors, []);
        await page.context().close();
      });
    }
  }
});

describe('/latency in live mode against a fake API', () => {
  const key = `oi_sk_fleettest_${randomBytes(12).toString('hex')}`;
  const session = browserSession({ fakeApi: true, env: { ONEINBOX_API_KEY: key } });

  test('the server pages the API’s list 100 at a time; the browser gets only the figures', async () => {
    const seenBefore = session.api.seen.length;
    const listed: number[] = [];
    const { page, errors } = await openLatency(
      session.browser,
      `${session.server.url}/latency?window=1000`,
      'desktop',
      'light',
    );
    page.on('response', (r) => {
      if (r.url().includes('/v1/calls?')) listed.push(r.status());
    });
    await page.getByText(/calls read in 7 pages/).waitFor();
    const calls = session.api.seen.slice(seenBefore).filter((r) => r.path.startsWith('/v1/calls'));
    assert.ok(calls.length >= 7);
    for (const r of calls) {
      assert.match(r.path, /^\/v1\/calls\?(.*&)?limit=100(&|$)/);
      assert.equal(r.headers.authorization, `Bearer ${key}`);
    }
    assert.deepEqual(listed, [], 'the browser never lists calls itself');
    await shoot(page, 'fleet-live-desktop-light');

    // A second view of the same window is served from the server's cache, and says so.
    await page.reload();
    await page.getByText(/\(cached\)/).waitFor({ timeout: 30_000 });
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
