import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_CALL_IDS } from '../../src/mocks/ids.ts';
import { screenshotPath } from '../harness/paths.ts';
import { browserSession } from './session.ts';

const session = browserSession();

const LIVE = DEMO_CALL_IDS.live;

/** Counts POST /v1/calls/{id}/stop as the page sends them (the demo worker answers them). */
function countStops(page: Page) {
  const stops: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/v1\/calls\/[^/]+\/stop$/.test(request.url())) {
      stops.push(request.url());
    }
  });
  return stops;
}

test('stops the live demo call once and shows its post-call data without a reload', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1440, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const stops = countStops(page);
  await page.goto(`${session.server.url}/calls/${LIVE}`);
  await page.getByText('Auto-refreshing every 2 s').waitFor();
  // Survives only if the page is never reloaded.
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

  await page.getByRole('button', { name: 'Stop call' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  await dialog.getByText('Brightsmile Dental Receptionist').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Cancel');
  assert.match((await dialog.textContent()) ?? '', /Elapsed\s*\d+:\d\d/);
  await page.screenshot({ path: screenshotPath('stop-dialog') });

  // Esc sends nothing.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(stops.length, 0);

  await page.getByRole('button', { name: 'Stop call' }).click();
  await dialog.getByRole('button', { name: 'Stop call' }).dblclick();
  await page.getByText('Call stopped.').waitFor();
  await page.getByText('Waiting for the post-call summary…').waitFor();
  await page.screenshot({ path: screenshotPath('stop-processing') });

  // The demo API writes messages, summary and analysis 2.5 s after the stop; polling fetches them.
  await page
    .getByText(/Post-call data arrived: \d+ messages, summary and analysis\./)
    .waitFor({ timeout: 15_000 });
  assert.equal(await page.getByText('Waiting for the post-call summary…').count(), 0);
  // The demo's summary, written after the stop, is on the page (the summary section renders it).
  await page
    .getByText(/Call stopped from the console after \d+ turn/)
    .first()
    .waitFor();
  assert.equal(await page.getByRole('button', { name: 'Stop call' }).count(), 0);
  assert.equal(
    await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload),
    true,
  );
  assert.equal(stops.length, 1);
  await page.screenshot({ path: screenshotPath('stop-done'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the stop dialog reads well in the dark theme on a phone', async () => {
  const page = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${session.server.url}/calls/${DEMO_CALL_IDS.queued}`);
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await page.getByText('Auto-refreshing every 2 s').waitFor();
  await page.screenshot({ path: screenshotPath('stop-live-header-dark-390') });
  await page.getByRole('button', { name: 'Stop call' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByText('Insurance Renewals (Outbound)').waitFor();
  assert.match((await dialog.textContent()) ?? '', /Not started yet \(Queued\)/);
  const box = await dialog.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 390, 'the dialog fits the phone screen');
  await page.screenshot({ path: screenshotPath('stop-dialog-dark-390') });
  await page.close();
});
