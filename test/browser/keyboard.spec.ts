/**
 * A keyboard-only journey in Chromium (demo mode, production server): no mouse at all.
 * Open a call from the list, play its recording, open a turn's chain, then stop a live call.
 * Every step moves focus with Tab / Shift+Tab and acts with Enter or Space, and every focused
 * control must show a visible focus (:focus-visible).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_CALL_IDS } from '../../src/mocks/ids.ts';
import { screenshotPath } from '../harness/paths.ts';
import { browserSession } from './session.ts';

const session = browserSession();

interface Focused {
  tag: string;
  name: string;
  href: string;
  visible: boolean;
  inDialog: boolean;
}

// A string, not a function: tsx's __name helper does not exist in the page.
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return { tag: 'body', name: '', href: '', visible: false, inDialog: false };
  const labelled = el.getAttribute('aria-labelledby');
  const name = (el.getAttribute('aria-label')
    || (labelled ? labelled.split(' ').map((id) => document.getElementById(id)?.textContent || '').join(' ') : '')
    || el.textContent || el.getAttribute('title') || '').replace(/\\s+/g, ' ').trim();
  return {
    tag: el.tagName.toLowerCase(),
    name,
    href: el.getAttribute('href') || '',
    visible: el.matches(':focus-visible'),
    inDialog: !!el.closest('[role="alertdialog"]'),
  };
})()`;

async function focused(page: Page): Promise<Focused> {
  return (await page.evaluate(FOCUSED)) as Focused;
}

/** Presses Tab until the focused element matches; fails after `max` presses. */
async function tabTo(
  page: Page,
  what: string,
  match: (f: Focused) => boolean,
  { max = 250, backwards = false } = {},
): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (match(f)) {
      assert.ok(f.visible, `${what}: focus is visible on <${f.tag}> "${f.name}"`);
      return f;
    }
    seen.push(`${f.tag}:${f.name.slice(0, 30)}`);
  }
  throw new Error(
    `${what}: not reached in ${max} Tab presses; passed ${seen.slice(-15).join(' | ')}`,
  );
}

test('keyboard only: list → call → play the recording → a turn chain → stop a live call', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${session.server.url}/calls`);
    await page.getByRole('table', { name: 'Calls', exact: true }).waitFor();

    // 1. Open a completed call from the list.
    await tabTo(page, 'the booked call in the list', (f) =>
      f.href.endsWith(`/calls/${DEMO_CALL_IDS.booked}`),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/calls/${DEMO_CALL_IDS.booked}$`));
    await page.getByRole('article', { name: 'Call' }).waitFor();

    // 2. Play the recording.
    const player = page.getByRole('group', { name: 'Recording player' });
    await player.getByText(/^0:00 \/ \d+:\d\d$/).waitFor({ timeout: 10_000 });
    await tabTo(page, 'the Play button', (f) => f.tag === 'button' && f.name === 'Play');
    await page.keyboard.press('Enter');
    await player.getByRole('button', { name: 'Pause' }).waitFor();
    assert.equal(
      await page.evaluate(() => document.querySelector('audio')?.paused),
      false,
      'audio plays',
    );
    await page.keyboard.press('Space'); // the same button, now Pause
    await player.getByRole('button', { name: 'Play' }).waitFor();

    // 3. Open turn 1's chain from the latency section.
    const latency = page.getByRole('region', { name: 'Latency' });
    await latency.locator('.recharts-surface').first().waitFor();
    await tabTo(
      page,
      'a "Turn 1" button in the latency section',
      (f) => f.tag === 'button' && /^Turn 1\b(?!\d)/.test(f.name) && !f.name.includes('·'),
    );
    await page.keyboard.press('Enter');
    await latency.getByRole('heading', { name: 'Turn 1 chain' }).waitFor();
    await page.screenshot({ path: screenshotPath('keyboard-turn-chain'), fullPage: false });

    // 4. Back to the list by keyboard, open the live call, stop it.
    await tabTo(page, 'the Calls link', (f) => f.tag === 'a' && f.name === 'Calls', {
      backwards: true,
      max: 400,
    });
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Live calls' }).waitFor();
    await tabTo(page, 'the live call in the list', (f) =>
      f.href.endsWith(`/calls/${DEMO_CALL_IDS.live}`),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/calls/${DEMO_CALL_IDS.live}$`));
    await page.getByRole('article', { name: 'Call' }).waitFor();

    await tabTo(
      page,
      'the Stop call button',
      (f) => f.tag === 'button' && f.name === 'Stop call' && !f.inDialog,
    );
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    // Focus starts inside the dialog on Cancel (the safe choice) and stays trapped there.
    const start = await focused(page);
    assert.equal(start.inDialog, true, 'focus moved into the dialog');
    assert.equal(start.name, 'Cancel', 'the safe choice has focus');
    const confirm = await tabTo(page, 'Stop call in the dialog', (f) => f.name === 'Stop call', {
      max: 5,
    });
    assert.equal(confirm.inDialog, true, 'the confirm button is in the dialog');
    await page.screenshot({ path: screenshotPath('keyboard-stop-dialog') });
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Completed').first().waitFor({ timeout: 10_000 });
    const after = await focused(page);
    assert.notEqual(
      after.tag,
      'body',
      'focus lands on something after the stop, not lost on <body>',
    );
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
