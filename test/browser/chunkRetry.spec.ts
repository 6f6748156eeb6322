/**
 * A code chunk that fails to download (a deploy replaced it, a network blip) fails only its own
 * section, says what happened, and Try again fetches it again. Live mode, so no service worker
 * sits between the page and the network (page.route cannot see requests a worker makes).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_CALL_IDS } from '../../src/mocks/ids.ts';
import { screenshotPath } from '../harness/paths.ts';
import { browserSession } from './session.ts';

const session = browserSession({ stack: true });

test('a section whose code failed to download says so, and Try again fetches it again', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The network drops the latency chunk twice (the preload after the first paint, then the
  // render's own attempt); the third request goes through. A browser may keep a failed import
  // and never ask for that URL again, so later attempts ask under a fresh one (?retry=n).
  let requests = 0;
  const urls: string[] = [];
  await page.route(/\/assets\/LatencySection-[^/?]+\.js(\?.*)?$/, async (route) => {
    urls.push(new URL(route.request().url()).search);
    requests += 1;
    if (requests <= 2) {
      await route.abort('connectionreset');
      return;
    }
    await route.continue();
  });
  await page.goto(`${session.server.url}/calls/${DEMO_CALL_IDS.booked}`);
  const failed = page.getByRole('alert').filter({ hasText: 'Latency could not be shown.' });
  await failed.waitFor();
  assert.match(await failed.innerText(), /Its code did not download/);
  // The rest of the page is there.
  await page.getByRole('list', { name: 'Messages' }).getByRole('listitem').first().waitFor();
  await page.screenshot({ path: screenshotPath('chunk-failed-latency') });
  await page.waitForTimeout(600); // a person reads the message before pressing the button
  await failed.getByRole('button', { name: 'Try again' }).click();
  await page.locator('#latency .recharts-surface').first().waitFor({ timeout: 10_000 });
  // The chunk was fetched again each time rather than the failed import reused.
  assert.equal(requests, 3);
  assert.deepEqual(urls, ['', '?retry=1', '?retry=2']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('turn badges whose code failed to download come back on the next call opened', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const urls: string[] = [];
  await page.route(/\/assets\/TurnBadge-[^/?]+\.js(\?.*)?$/, async (route) => {
    urls.push(new URL(route.request().url()).search);
    if (urls.length === 1) {
      await route.abort('connectionreset');
      return;
    }
    await route.continue();
  });
  const badges = page
    .getByRole('list', { name: 'Messages' })
    .getByRole('button', { name: /^Turn \d+/ });
  await page.goto(`${session.server.url}/calls/${DEMO_CALL_IDS.booked}`);
  await page.locator('#latency .recharts-surface').first().waitFor({ timeout: 10_000 });
  // Without its code the conversation only lacks its badges.
  assert.equal(await badges.count(), 0);
  assert.equal(urls.length, 1);

  // The next call opened in the same tab asks for the code again, under a fresh URL.
  const open = page.getByRole('search', { name: 'Open a call' });
  await open.getByRole('searchbox').fill(DEMO_CALL_IDS.failedTool);
  await open.getByRole('button', { name: 'Open' }).click();
  await page.waitForURL(`**/calls/${DEMO_CALL_IDS.failedTool}`);
  await badges.first().waitFor({ timeout: 10_000 });
  assert.deepEqual(urls, ['', '?retry=1']);
  assert.deepEqual(errors, []);
  await context.close();
});
