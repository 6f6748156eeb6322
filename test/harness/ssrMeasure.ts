/**
 * Issue 15's measures: a call opened by a click in the list (first line after the click, DOM
 * size), and the server-rendered HTML of a call page (bytes, time to first byte, time until
 * the first conversation line is in the body).
 */
import { request } from 'node:http';
import { createGunzip } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { BENCH_DONE, newBenchContext, probeScript, RETURNING } from './measure.ts';

export interface ClickMetrics {
  /** ms from the click until the first conversation line was painted. */
  firstLineMs: number;
  domElements: number;
}

/** Opens the list, waits until it is idle, then clicks the call's row and times its first line. */
export async function measureClick(
  browser: Browser,
  origin: string,
  id: string,
  firstText: string,
): Promise<ClickMetrics> {
  const context = await newBenchContext(browser, origin, { returning: true });
  try {
    const page = await context.newPage();
    await page.addInitScript(probeScript(firstText, false));
    const link = page.locator(`a[href="/calls/${id}"]`).first();
    // The call's list page (the large call is on page 2 of the demo data).
    for (let p = 1; p <= 4; p++) {
      await page.goto(`${origin}/calls${p > 1 ? `?page=${p}` : ''}`);
      if (
        await link.waitFor({ timeout: 10_000 }).then(
          () => true,
          () => false,
        )
      )
        break;
    }
    // The list fetches the call page's chunk a second after it shows (src/app/routes.tsx).
    await page.waitForTimeout(1_500);
    const marksIn = page.waitForEvent('console', {
      predicate: (message) => message.text() === BENCH_DONE,
      timeout: 30_000,
    });
    const clickedAt = await page.evaluate((href) => {
      const bench = (window as unknown as { __bench: { firstLine: number | null } }).__bench;
      bench.firstLine = null;
      const a = document.querySelector<HTMLAnchorElement>(`a[href="${href}"]`)!;
      const t = performance.now();
      a.click();
      return t;
    }, `/calls/${id}`);
    await marksIn;
    return await page.evaluate((t0) => {
      const bench = (window as unknown as { __bench: { firstLine: number } }).__bench;
      return {
        firstLineMs: bench.firstLine - t0,
        domElements: document.getElementsByTagName('*').length,
      };
    }, clickedAt);
  } finally {
    await context.close();
  }
}

export interface HtmlMetrics {
  /** Uncompressed HTML bytes, and how many of them come before the call's JSON block. */
  htmlBytes: number;
  firstScreenBytes: number;
  /** Bytes on the wire (gzip, as a browser would ask). */
  wireBytes: number;
  ttfbMs: number;
  /** ms until the body held the first conversation line. */
  firstLineMs: number;
  totalMs: number;
}

/** One GET of a call page as a returning browser, timed on the wire. */
export function measureHtml(origin: string, id: string, firstText: string): Promise<HtmlMetrics> {
  const { hostname, port } = new URL(origin);
  const cookie = `console-formatting=${encodeURIComponent(`${RETURNING.locale} ${RETURNING.timezoneId}`)}`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let ttfb = 0;
    let firstLine = 0;
    const req = request(
      {
        hostname,
        port,
        path: `/calls/${id}`,
        headers: {
          Accept: 'text/html',
          'Accept-Encoding': 'gzip',
          'Sec-Fetch-Dest': 'document',
          Cookie: cookie,
        },
      },
      (res) => {
        let wire = 0;
        let text = '';
        res.on('data', (chunk: Buffer) => {
          if (!ttfb) ttfb = performance.now() - started;
          wire += chunk.length;
        });
        const body = res.headers['content-encoding'] === 'gzip' ? res.pipe(createGunzip()) : res;
        body.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (!firstLine && text.includes(escapeHtml(firstText))) {
            firstLine = performance.now() - started;
          }
        });
        body.on('end', () => {
          const dataAt = text.indexOf('<script type="application/json"');
          resolve({
            htmlBytes: Buffer.byteLength(text),
            firstScreenBytes: Buffer.byteLength(dataAt < 0 ? text : text.slice(0, dataAt)),
            wireBytes: wire,
            ttfbMs: ttfb,
            firstLineMs: firstLine || NaN,
            totalMs: performance.now() - started,
          });
        });
        body.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** As React writes text: enough for the probe's first 30 characters. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/'/g, '&#x27;')
    .replace(/"/g, '&quot;');
}
