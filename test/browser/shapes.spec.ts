import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_CALL_IDS } from '../../src/mocks/ids.ts';
import { screenshotPath } from '../harness/paths.ts';
import { browserSession } from './session.ts';

/**
 * The demo calls for the loose shapes (src/mocks/shapeCalls.ts) in a real browser, at desktop and
 * phone width: what each must say, no sideways scroll, and screenshots of the conversation and
 * latency sections (test-results/shapes-*.png) to look at.
 */

const session = browserSession();

const WIDTHS = [
  { name: 'desktop', width: 1440, height: 1000 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const CALLS = [
  {
    name: 'incomplete',
    id: DEMO_CALL_IDS.incompleteTurns,
    conversation: /Turn 2 · \d+ ms · incomplete/,
    latency: /3 incomplete left out/,
  },
  {
    name: 'zero-based',
    id: DEMO_CALL_IDS.zeroBasedTurns,
    conversation: /Turn 0 · /,
    latency: /Turns count from 0 in this call/,
  },
  {
    name: 'message-shapes',
    id: DEMO_CALL_IDS.otherMessageShapes,
    conversation: /Hmm, what would that involve\?/,
    latency: /Turn N is the agent’s reply/,
  },
  {
    name: 'named-transcript',
    id: DEMO_CALL_IDS.namedTranscript,
    conversation: /Speaker "Dr\. Patel"/,
    latency: /the call has no messages/,
  },
] as const;

async function shoot(page: Page, selector: string, file: string) {
  const section = page.locator(selector);
  await section.scrollIntoViewIfNeeded();
  // Leave the charts so no tooltip covers the picture.
  await page.mouse.move(0, 0);
  await section.screenshot({ path: screenshotPath(file) });
}

for (const size of WIDTHS) {
  test(`loose-shape demo calls at ${size.name} width`, async () => {
    const context = await session.browser.newContext({
      viewport: { width: size.width, height: size.height },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const call of CALLS) {
      await page.goto(`${session.server.url}/calls/${call.id}`);
      const conversation = page.locator('#conversation');
      const latency = page.locator('#latency');
      await conversation.getByText(call.conversation).first().waitFor();
      await latency.getByText(call.latency).first().waitFor();
      await latency
        .locator('[data-testid="turn-chain-chart"] .recharts-bar-rectangle')
        .first()
        .waitFor();
      const text = `${await conversation.innerText()}\n${await latency.innerText()}`;
      assert.doesNotMatch(text, /NaN|undefined|Infinity|\(no content\)/, call.name);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      assert.equal(sideways, false, `${call.name}: no sideways scroll at ${size.width} px`);
      await shoot(page, '#conversation', `shapes-${call.name}-${size.name}-conversation`);
      await shoot(page, '#latency', `shapes-${call.name}-${size.name}-latency`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}
