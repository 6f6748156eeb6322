import { afterEach, describe, expect, it, vi } from 'vitest';
import { HYDRATION_MARK, hydrateServerPage } from '../../../src/app/hydrate';
import { SSR_DATA_ID } from '../../../src/app/ssrId';
import { fakePaintTiming } from '../support/paintTiming';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  document.cookie = 'console-formatting=; max-age=0; path=/';
  performance.clearMarks();
});

/** A server-rendered page whose embedded call is not a call: hydration gives up after reading. */
function serverPage() {
  const { locale, timeZone } = new Intl.DateTimeFormat().resolvedOptions();
  const data = { callId: 'call_1', call: { nope: true }, locale, timeZone, now: 0, fetchedAt: 0 };
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = SSR_DATA_ID;
  script.textContent = JSON.stringify(data);
  const container = document.createElement('div');
  container.innerHTML = '<p>first screen</p>';
  document.body.append(script, container);
  return container;
}

describe('hydrateServerPage', () => {
  it('does nothing of its own until the server’s HTML has been presented', async () => {
    const paint = fakePaintTiming();
    const container = serverPage();
    let settled: boolean | undefined;
    void hydrateServerPage(container).then((hydrated) => (settled = hydrated));
    await nextTask();
    await nextTask();
    // Neither Intl's set-up (the cookie), nor the embedded call, nor hydration yet.
    expect(document.cookie).not.toContain('console-formatting=');
    expect(settled).toBeUndefined();
    paint.report('first-contentful-paint');
    await vi.waitFor(() => expect(settled).toBe(false));
    expect(document.cookie).toContain('console-formatting=');
    // This call did not parse: the page is rendered afresh, not hydrated.
    expect(performance.getEntriesByName(HYDRATION_MARK)).toHaveLength(0);
    expect(container.innerHTML).toBe('<p>first screen</p>');
  });
});
