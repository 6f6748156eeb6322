/**
 * One measured page load in Chromium: navigation start → first conversation line painted, →
 * latency charts drawn; long tasks, DOM size, JS heap, and the scripts the page loaded.
 * Used by `npm run bench` (many runs, medians) and by the budget tests (a few runs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface LoadMetrics {
  /** ms from navigation start until the first conversation line was painted (next frame). */
  firstLineMs: number;
  /**
   * The same line's render time as Chromium's Element Timing reports it (the frame's
   * presentation, raster included); null if the browser reported none.
   */
  firstLinePaintedMs: number | null;
  /** ms until the first latency chart had drawn its shapes; null when not awaited. */
  chartsMs: number | null;
  longTasks: { count: number; totalMs: number; maxMs: number };
  domElements: number;
  conversationElements: number | null;
  jsHeapBytes: number;
  /**
   * Same-origin scripts in load order, with the gzip size of each file. `initial`: requested
   * before the first line was in the page, i.e. what the first screen waited for; the rest are
   * lazy chunks fetched after it (charts, below-the-fold sections).
   */
  scripts: { url: string; gzipBytes: number; chart: boolean; initial: boolean; atMs: number }[];
}

/** One call's figures in test-results/bench.json: written by run.ts, read by report.ts. */
export interface BenchSummary {
  call: string;
  id: string;
  runs: number;
  console: {
    firstLineMs: number;
    chartsMs: number;
    longTaskCount: number;
    longTaskTotalMs: number;
    longTaskMaxMs: number;
    domElements: number;
    conversationElements: number | null;
    jsHeapMiB: number;
    initialJsGzipKiB: number;
    chartJsGzipKiB: number;
  };
  floor: { firstLineMs: number; domElements: number; jsHeapMiB: number };
  ratioFirstLine: number;
  /** The same ratio by Element Timing's paint of the line (null if not reported). */
  ratioFirstLinePainted: number | null;
  paintedMs: { console: number | null; floor: number | null };
  samples: { console: number[]; floor: number[] };
}

export interface MeasureOptions {
  /** Text the first conversation line contains (the first message's content). */
  firstText: string;
  /** Also wait until a latency chart has drawn. */
  charts: boolean;
  /** The build directory, to size the scripts the page loaded. */
  distDir: string;
  width?: number;
  timeoutMs?: number;
  /**
   * A browser that has opened the console before: it carries the formatting and theme cookies
   * that public/theme-init.js sets, so the server renders call pages (issue 15). Without it, a
   * first visit: the page is rendered by the browser.
   */
  returning?: boolean;
}

/** The locale and zone of a returning visitor's browser, as its cookie states them. */
export const RETURNING = { locale: 'en-US', timezoneId: 'UTC' } as const;

/** A browser context for `origin`, as a returning visitor (see MeasureOptions.returning). */
export async function newBenchContext(
  browser: Browser,
  origin: string,
  { returning = false, width = 1440 }: { returning?: boolean; width?: number } = {},
) {
  const context = await browser.newContext({ viewport: { width, height: 1000 }, ...RETURNING });
  if (returning) {
    await context.addCookies([
      {
        name: 'console-formatting',
        value: encodeURIComponent(`${RETURNING.locale} ${RETURNING.timezoneId}`),
        url: origin,
      },
      // public/theme-init.js sets this one with it: the server then renders <html>'s theme.
      { name: 'console-theme', value: 'light', url: origin },
    ]);
  }
  return context;
}

/**
 * What the probe logs once its marks are in. The harness waits for this console message rather
 * than polling with page.waitForFunction: Playwright's polling first compiles its injected
 * script in the page (20–80 ms of main thread, seen in Chromium traces), and that landed
 * inside the measured window, where the server-rendered page is busy with its first frame
 * while the floor page is idle waiting for its fetch.
 */
export const BENCH_DONE = 'bench:marks-in';

/**
 * In the page, before any of its scripts: marks the first line and the first drawn chart.
 * A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
 */
export function probeScript(needle: string, charts: boolean): string {
  return `(() => {
  var needle = ${JSON.stringify(needle)}, wantCharts = ${charts ? 'true' : 'false'};
  var bench = { firstLine: null, firstLineDom: null, firstLinePainted: null, charts: null, longTasks: [] };
  window.__bench = bench;
  // Element Timing's entry arrives a little after the paint: wait for it, up to a second.
  function done(tries) {
    if (bench.firstLine === null || (wantCharts && bench.charts === null)) return;
    if (bench.firstLinePainted === null && (tries || 0) < 20) {
      setTimeout(function () { done((tries || 0) + 1); }, 50);
      return;
    }
    console.debug(${JSON.stringify(BENCH_DONE)});
  }
  function painted(set) {
    requestAnimationFrame(function () { setTimeout(function () { set(performance.now()); done(); }, 0); });
  }
  var observer = new MutationObserver(function () {
    if (bench.firstLineDom === null) {
      var el = document.querySelector('[aria-label="Messages"] [role="listitem"], #floor pre');
      if (el && (el.textContent || '').indexOf(needle) !== -1) {
        bench.firstLineDom = performance.now();
        painted(function (t) { bench.firstLine = t; });
        // Element Timing reports the paint of the element that holds the text itself.
        var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT), node;
        while ((node = walker.nextNode())) {
          if (node.data.indexOf(needle.slice(0, 12)) !== -1 && node.parentElement) {
            node.parentElement.setAttribute('elementtiming', 'first-line');
            break;
          }
        }
      }
    }
    if (wantCharts && bench.charts === null) {
      var shape = document.querySelector(
        '#latency .recharts-surface path[d]:not([d=""]), #latency .recharts-surface rect');
      if (shape) painted(function (t) { if (bench.charts === null) bench.charts = t; });
    }
    if (bench.firstLineDom !== null && (!wantCharts || bench.charts !== null)) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        if (bench.firstLinePainted === null) bench.firstLinePainted = e.renderTime || e.loadTime;
      });
    }).observe({ type: 'element', buffered: true });
  } catch (e) {
    // No Element Timing: that figure stays null.
  }
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { bench.longTasks.push(e.duration); });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    // No long task support: counted as none.
  }
})();`;
}

const gzipCache = new Map<string, number>();
export function gzipSizeOf(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    const bytes = readFileSync(file);
    size = gzipSync(bytes, { level: 9 }).length;
    gzipCache.set(file, size);
    chartCache.set(file, bytes.includes('recharts-wrapper'));
  }
  return size;
}
const chartCache = new Map<string, boolean>();
/** A chunk that carries Recharts (its wrapper class name is in the code). */
export function isChartChunk(file: string): boolean {
  gzipSizeOf(file);
  return chartCache.get(file) ?? false;
}

export async function measureLoad(
  browser: Browser,
  url: string,
  options: MeasureOptions,
): Promise<LoadMetrics> {
  const context = await newBenchContext(browser, new URL(url).origin, {
    returning: options.returning,
    width: options.width,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(probeScript(options.firstText, options.charts));
    const origin = new URL(url).origin;
    const scripts: LoadMetrics['scripts'] = [];
    let navStart = 0;
    page.on('request', (req) => {
      if (req.resourceType() !== 'script' || !req.url().startsWith(origin)) return;
      const pathname = new URL(req.url()).pathname;
      const file = path.join(options.distDir, pathname);
      try {
        scripts.push({
          url: pathname,
          gzipBytes: gzipSizeOf(file),
          chart: isChartChunk(file),
          initial: false,
          atMs: Date.now() - navStart,
        });
      } catch {
        // Not a file of the build (e.g. a missing chunk): the page will show the error itself.
      }
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const timeout = options.timeoutMs ?? 60_000;
    const marksIn = page.waitForEvent('console', {
      predicate: (message) => message.text() === BENCH_DONE,
      timeout,
    });
    navStart = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await marksIn;
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    const bench = await page.evaluate(() => {
      const b = (
        window as unknown as {
          __bench: {
            firstLine: number;
            firstLineDom: number;
            firstLinePainted: number | null;
            charts: number | null;
            longTasks: number[];
          };
        }
      ).__bench;
      return {
        // The page's own clock: script requests that started before the first line was in the DOM.
        initialScripts: performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime <= b.firstLineDom)
          .map((e) => new URL(e.name).pathname)
          .filter((p) => p.endsWith('.js')),
        firstLine: b.firstLine,
        firstLinePainted: b.firstLinePainted,
        charts: b.charts,
        longTasks: [...b.longTasks],
        domElements: document.getElementsByTagName('*').length,
        conversationElements:
          document.getElementById('conversation')?.getElementsByTagName('*').length ?? null,
      };
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const until = bench.charts ?? bench.firstLine;
    const tasks = bench.longTasks;
    return {
      firstLineMs: bench.firstLine,
      firstLinePaintedMs: bench.firstLinePainted,
      chartsMs: bench.charts,
      longTasks: {
        count: tasks.length,
        totalMs: tasks.reduce((a, b) => a + b, 0),
        maxMs: tasks.length ? Math.max(...tasks) : 0,
      },
      domElements: bench.domElements,
      conversationElements: bench.conversationElements,
      jsHeapBytes: heap.usedSize,
      scripts: scripts
        .filter((s) => s.atMs <= until + 5_000)
        .map((s) => ({ ...s, initial: bench.initialScripts.includes(s.url) })),
    };
  } finally {
    await context.close();
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The first message's text, as the probe looks for it (first 30 characters). */
export function firstMessageText(call: { messages?: unknown[] }): string {
  const first = call.messages?.[0] as { content?: unknown } | undefined;
  return typeof first?.content === 'string' ? first.content.slice(0, 30) : '';
}
