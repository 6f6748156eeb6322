import assert from 'node:assert/strict';
import { test } from 'node:test';

import { DEMO_CALL_IDS } from '../../src/mocks/ids.ts';
import { screenshotPath } from '../harness/paths.ts';
import { browserSession } from './session.ts';

const session = browserSession();

test('demo mode: / redirects to /calls, a call page renders from the demo worker', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1440, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(session.server.url);
  await page.waitForURL(/\/calls$/);
  await page.getByText('Demo data.').waitFor();

  await page.getByRole('searchbox', { name: 'Open call by ID' }).fill(DEMO_CALL_IDS.booked);
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/calls/${DEMO_CALL_IDS.booked}$`));
  await page.getByText(DEMO_CALL_IDS.booked).first().waitFor();
  await page.screenshot({ path: screenshotPath('smoke-call-page'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('unknown paths get a not-found page', async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.server.url}/nope/really`);
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  await page.close();
});
