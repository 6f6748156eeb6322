import { screen, within } from '@testing-library/react';
import type { AxeResults } from 'axe-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { renderApp } from '../support/render';

/**
 * axe-core (through vitest-axe) on the real routes in jsdom: zero serious or critical
 * violations. jsdom has no layout, so colour contrast is checked in Chromium instead
 * (test/browser/a11y.spec.ts, both themes); here every structural rule runs.
 *
 * This is the quick check that `npm run test:unit` gives without a build: the call page with
 * every section, the stop dialog and an error state. axe in jsdom costs 3–5 s of CPU per page,
 * so the pages audited elsewhere are not audited again here: the list in
 * test/unit/calls/callsPageA11y.test.tsx, and the other demo calls (hostile text, odd shapes,
 * all fields null, …) in Chromium by test/browser/a11y.spec.ts, which `npm test` runs.
 */
function seriousOrCritical(results: AxeResults): string[] {
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
}

async function audit(root: Element = document.body) {
  return seriousOrCritical(await axe(root, { rules: { 'color-contrast': { enabled: false } } }));
}

/** The call page with every section present (the latency section is a lazy chunk). */
async function openCall(id: string) {
  const view = renderApp(`/calls/${id}`);
  await screen.findByRole('article', { name: 'Call' }, { timeout: 10_000 });
  await screen.findByRole('region', { name: 'Latency' }, { timeout: 5_000 }).catch(() => null);
  return view;
}

describe('axe on the call page, the list and the stop dialog', () => {
  beforeAll(async () => {
    // The pages are lazy route chunks; load them once so no test pays the first transform.
    await Promise.all([
      import('../../../src/pages/CallPage'),
      import('../../../src/components/call-page/latency/LatencySection'),
    ]);
  }, 60_000);

  it('call page, a completed call with tool calls: no serious or critical violations', async () => {
    await openCall(DEMO_CALL_IDS.booked);
    expect(await audit()).toEqual([]);
  }, 45_000);

  it('the stop dialog on a live call: no serious or critical violations', async () => {
    const { user } = await openCall(DEMO_CALL_IDS.live);
    await user.click(await screen.findByRole('button', { name: 'Stop call' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    expect(await audit()).toEqual([]);
  }, 45_000);

  it('an unknown call (error state): no serious or critical violations', async () => {
    renderApp('/calls/5f0c1d2e-3a4b-4c5d-8e6f-0000000000ff');
    await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(await audit()).toEqual([]);
  });

  it('the audit catches a serious violation (it can fail)', async () => {
    document.body.innerHTML = '<main><img src="x.png"><button></button></main>';
    const found = await audit();
    expect(found.some((v) => v.includes('image-alt'))).toBe(true);
    expect(found.some((v) => v.includes('button-name'))).toBe(true);
  });
});
