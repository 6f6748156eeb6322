/**
 * The production server (`npm start`, server/start.ts) in a real Chromium:
 * - live mode against a fake OneInbox API on 127.0.0.1: pages load through the /v1 proxy, the API
 *   gets the key, and the key shows up nowhere the browser can see;
 * - requests the allowlist refuses never reach the API;
 * - the strict Content-Security-Policy: the app runs with zero violations, and a violation that
 *   does happen is reported to the server's report endpoint.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_CALL_IDS } from '../../src/mocks/ids.ts';
import { screenshotPath } from '../harness/paths.ts';
import type { RunningServer } from '../harness/consoleProcess.ts';
import { browserSession } from './session.ts';

/** Records every CSP violation the page sees (the init script runs outside the page's CSP). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) fromConsole.push(msg.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(
        `${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
  ];
}

/** A page's uncaught errors and CSP violations, watched from before its first load. */
async function watchPage(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { errors, cspViolations: await watchCsp(page) };
}

/**
 * No CSP violation so far (in the page or the server's log) and no page error; then an injected
 * inline script must be blocked and its report reach the server's log as `report`.
 */
async function assertCleanThenInject(
  page: Page,
  server: RunningServer,
  watched: Awaited<ReturnType<typeof watchPage>>,
  report: RegExp,
) {
  assert.deepEqual(await watched.cspViolations(), []);
  assert.doesNotMatch(server.output(), /csp violation/);
  assert.deepEqual(watched.errors, []);
  await injectInlineScriptAndAwaitReport(page, server, report);
}

/** Injects an inline script (the kind of thing an XSS would do) and waits for its report. */
async function injectInlineScriptAndAwaitReport(page: Page, server: RunningServer, report: RegExp) {
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
  });
  assert.equal(
    await page.evaluate(() => '__inlineRan' in window),
    false,
    'inline script was blocked',
  );
  const deadline = Date.now() + 10_000;
  while (!report.test(server.output()) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.match(server.output(), report);
}

describe('live mode through the proxy', () => {
  const key = `oi_sk_livetest_${randomBytes(16).toString('hex')}`;
  const auditLog = path.join(tmpdir(), `console-livemode-audit-${process.pid}.jsonl`);
  let context: BrowserContext;
  const session = browserSession({
    fakeApi: true,
    env: { ONEINBOX_API_KEY: key, CONSOLE_AUDIT_LOG: auditLog },
    ready: async ({ browser }) => {
      context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    },
  });
  after(async () => {
    await context?.close();
  });

  test('a call page loads and a call stops through the proxy; the key reaches only the API', async () => {
    const page = await context.newPage();
    const { errors, cspViolations } = await watchPage(page);

    // Everything the browser sends or receives, kept as text to search for the key.
    const seenByBrowser: string[] = [];
    const bodies: Promise<void>[] = [];
    page.on('request', (req) => {
      bodies.push(
        req.allHeaders().then((h) => {
          seenByBrowser.push(
            `${req.method()} ${req.url()} ${JSON.stringify(h)} ${req.postData() ?? ''}`,
          );
        }),
      );
    });
    page.on('response', (res) => {
      bodies.push(
        (async () => {
          seenByBrowser.push(
            `${res.status()} ${res.url()} ${JSON.stringify(await res.allHeaders())}`,
          );
          if (res.status() < 300 || res.status() >= 400) {
            const body = await res.body().catch(() => Buffer.alloc(0));
            seenByBrowser.push(body.toString('latin1'));
          }
        })(),
      );
    });

    await page.goto(`${session.server.url}/calls/${DEMO_CALL_IDS.booked}`);
    await page.getByText(DEMO_CALL_IDS.booked).first().waitFor();
    const config = await page.evaluate(() => fetch('/console/config').then((r) => r.json()));
    assert.deepEqual(config, { mode: 'live', readOnly: false, user: null });
    assert.equal(await page.getByText('Demo data.').count(), 0, 'no demo banner in live mode');
    await page.locator('#latency .recharts-surface').first().waitFor();
    await page.screenshot({ path: screenshotPath('livemode-call-page'), fullPage: true });

    // Stop the live call: the real browser's same-origin POST passes the CSRF check.
    await page.goto(`${session.server.url}/calls/${DEMO_CALL_IDS.live}`);
    await page.getByRole('button', { name: 'Stop call' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Stop call' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Stop call' }).waitFor({ state: 'detached' });
    await page.screenshot({ path: screenshotPath('livemode-after-stop'), fullPage: true });

    const stops = session.api.seen.filter((r) => r.method === 'POST');
    assert.deepEqual(
      stops.map((r) => r.url),
      [`/v1/calls/${DEMO_CALL_IDS.live}/stop`],
    );
    const audit = readFileSync(auditLog, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      audit.map((l) => [l.callId, l.result, l.upstreamStatus]),
      [
        [DEMO_CALL_IDS.live, 'requested', null],
        [DEMO_CALL_IDS.live, 'stopped', 200],
      ],
    );

    // (2) The API got the key on every request, and nothing else of the browser's.
    assert.ok(session.api.seen.length >= 3, `the fake API was called (${session.api.seen.length})`);
    for (const req of session.api.seen) {
      assert.equal(req.headers.authorization, `Bearer ${key}`);
      assert.equal(req.headers.cookie, undefined);
    }

    // (3) The browser never saw the key: traffic, DOM, scripts, storage, cookies.
    await Promise.all(bodies);
    const domAndStorage = await page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      cookie: document.cookie,
      scripts: Array.from(document.scripts)
        .map((s) => s.src + s.text)
        .join('\n'),
    }));
    const cookies = JSON.stringify(await context.cookies());
    assert.ok(seenByBrowser.length > 10, 'traffic was captured');
    assert.ok(
      seenByBrowser.some((t) => t.includes(DEMO_CALL_IDS.booked)),
      'bodies were captured',
    );
    for (const text of [...seenByBrowser, ...Object.values(domAndStorage), cookies]) {
      assert.ok(!text.includes(key), `key leaked into: ${text.slice(0, 200)}`);
    }
    assert.ok(!session.server.output().includes(key), 'the key is not in the server log');

    // Clean so far; then the positive control: the CSP is enforced and its report reaches the
    // server's log in full.
    await assertCleanThenInject(
      page,
      session.server,
      { errors, cspViolations },
      /"msg":"csp violation","directive":"script-src-elem","blocked":"inline"/,
    );
    await page.close();
  });

  test('non-allowlisted methods and paths never reach the API', async () => {
    const page = await context.newPage();
    // A same-origin page that runs no app code, so the only API traffic is ours.
    await page.goto(`${session.server.url}/healthz`);
    const before = session.api.seen.length;
    const attempts: [string, string][] = [
      ['GET', '/v1/calls/cursor'],
      ['GET', '/v1/calls/cursor?limit=5'],
      ['DELETE', `/v1/calls/${DEMO_CALL_IDS.booked}`],
      ['PUT', `/v1/calls/${DEMO_CALL_IDS.booked}`],
      ['PATCH', `/v1/agents/agent_dental`],
      ['POST', '/v1/calls'],
      ['GET', `/v1/calls/${DEMO_CALL_IDS.live}/stop`],
      ['GET', '/v1/agents'],
      ['GET', '/v1/organisations/me'],
      ['GET', '/v1/calls/x%2Fstop'],
      ['POST', `/v1/calls/${DEMO_CALL_IDS.live}%2Fstop`],
      ['GET', '/v1/calls/..%2Fagents%2Fagent_dental'],
      ['GET', '/v1/calls/x%5C..%5Cstop'],
    ];
    const statuses = await page.evaluate(async (list) => {
      const out: number[] = [];
      for (const [method, url] of list) out.push((await fetch(url, { method })).status);
      return out;
    }, attempts);
    attempts.forEach(([method, url], i) =>
      assert.ok([404, 405].includes(statuses[i]!), `${method} ${url} answered ${statuses[i]}`),
    );
    // Also as raw HTTP, where ".." is not normalised away by the client.
    const { request } = await import('node:http');
    const { port } = new URL(session.server.url);
    for (const rawPath of [
      '/v1/calls/../agents/agent_dental',
      '/v1/calls/%2e%2e/agents/agent_dental',
      '/v1/calls/x/../../admin',
    ]) {
      const status = await new Promise<number>((resolve, reject) => {
        request({ host: '127.0.0.1', port, path: rawPath }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
          .on('error', reject)
          .end();
      });
      assert.equal(status, 404, rawPath);
    }
    assert.deepEqual(session.api.seen.slice(before), []);
    await page.close();
  });
});

describe('behind an SSO proxy, read-only', () => {
  const session = browserSession({
    fakeApi: true,
    env: {
      CONSOLE_AUTH: 'header',
      CONSOLE_AUTH_HEADER: 'X-Auth-Request-Email',
      CONSOLE_READ_ONLY: '1',
    },
  });

  test('the signed-in user shows in the header and the live call offers no stop', async () => {
    // Without the SSO proxy's header there is no console at all.
    const anonymous = await session.browser.newPage();
    const response = await anonymous.goto(`${session.server.url}/calls`);
    assert.equal(response?.status(), 401);
    await anonymous.close();

    // The SSO proxy adds the identity header to every request, as oauth2-proxy does.
    const context = await session.browser.newContext({
      viewport: { width: 1440, height: 900 },
      extraHTTPHeaders: { 'X-Auth-Request-Email': 'ada@example.com' },
    });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/calls/${DEMO_CALL_IDS.live}`);
    await page.getByRole('banner').getByText('ada@example.com').waitFor();
    await page.getByText(/this console is read-only/).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Stop call' }).count(), 0);
    await page.screenshot({ path: screenshotPath('livemode-sso-read-only') });

    // Even a hand-made stop is refused by the server, and never reaches the API.
    const status = await page.evaluate(
      (id) => fetch(`/v1/calls/${id}/stop`, { method: 'POST' }).then((r) => r.status),
      DEMO_CALL_IDS.live,
    );
    assert.equal(status, 403);
    assert.equal(session.api.seen.filter((r) => r.method === 'POST').length, 0);
    await context.close();
  });
});

describe('demo mode under the Content-Security-Policy', () => {
  const session = browserSession();

  test('list, charts, hostile data, recording, stop dialog and dark theme run with zero violations', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const { errors, cspViolations } = await watchPage(page);

    await page.goto(`${session.server.url}/calls`);
    await page.getByText('Demo data.').waitFor();
    await page.goto(`${session.server.url}/calls/${DEMO_CALL_IDS.booked}`);
    await page.getByText(DEMO_CALL_IDS.booked).first().waitFor();
    await page.locator('#latency .recharts-surface').first().waitFor();
    await page.waitForTimeout(500); // let charts animate and the recording load its metadata
    await page.screenshot({ path: screenshotPath('csp-demo-call-charts'), fullPage: true });

    await page.goto(`${session.server.url}/calls/${DEMO_CALL_IDS.hostile}`);
    await page.getByText(DEMO_CALL_IDS.hostile).first().waitFor();

    await page.goto(`${session.server.url}/calls/${DEMO_CALL_IDS.live}`);
    await page.getByRole('button', { name: 'Stop call' }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.screenshot({ path: screenshotPath('csp-demo-stop-dialog') });
    await page.keyboard.press('Escape');

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${session.server.url}/calls/${DEMO_CALL_IDS.booked}`);
    await page.locator('#latency .recharts-surface').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('csp-demo-call-dark'), fullPage: true });

    // Then the positive control: an injected inline script is blocked and reported to the server.
    // Under demo mode's MSW service worker Chromium's report arrives without its body, so only
    // the fact of the violation is logged; the live-mode test checks the full report.
    await assertCleanThenInject(
      page,
      session.server,
      { errors, cspViolations },
      /"level":"warn","msg":"csp violation"/,
    );
    assert.ok((await cspViolations()).some((v) => v.startsWith('script-src')));
    await page.close();
  });
});
