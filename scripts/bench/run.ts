/**
 * `npm run bench`: the production build in Chromium, through the production server (live mode,
 * fake API on loopback), for a typical call and for the large call (~5,000 messages, 2,000
 * turns), interleaved with the floor page for the same call. Prints medians and writes
 * test-results/bench.json. See docs/performance.md for the method and the figures.
 *
 * The console is opened as a returning visitor (the formatting cookie set: the server renders
 * the call page), and also clicked from the list; the server's HTML is measured on the wire.
 *
 * Then the fleet view (scripts/bench/fleet.ts): GET /console/latency over 5,000 calls.
 *
 * Env: BENCH_RUNS (default 7), BENCH_DIST (use an existing build instead of building one),
 * BENCH_ONLY=fleet|calls (one part only).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_CALL_IDS } from '../../src/mocks/ids.ts';
import { launchChromium } from '../../test/harness/chromium.ts';
import { RESULTS_DIR, ROOT } from '../../test/harness/paths.ts';
import {
  firstMessageText,
  measureLoad,
  median,
  type BenchSummary as Summary,
  type LoadMetrics,
} from '../../test/harness/measure.ts';
import { FLOOR_PATH, startStack } from '../../test/harness/stack.ts';
import { benchFleet, type FleetBench } from './fleet.ts';
import {
  measureClick,
  measureHtml,
  type ClickMetrics,
  type HtmlMetrics,
} from '../../test/harness/ssrMeasure.ts';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));

function build(): string {
  if (process.env.BENCH_DIST) return path.resolve(process.env.BENCH_DIST);
  const out = path.join(tmpdir(), 'console-bench-dist');
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('vite build failed');
  // The server build of the call page (package.json's build does the same into dist/server).
  const server = spawnSync(
    'npx',
    ['vite', 'build', '--ssr', 'src/entry-server.ts', '--outDir', path.join(out, 'server')],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (server.status !== 0) throw new Error('vite build --ssr failed');
  return out;
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const ms = (value: number) => Math.round(value);

function summarise(call: string, id: string, ours: LoadMetrics[], floor: LoadMetrics[]): Summary {
  const m = (pick: (x: LoadMetrics) => number, list = ours) => median(list.map(pick));
  const initial = (x: LoadMetrics) =>
    x.scripts.filter((s) => s.initial && !s.chart).reduce((a, s) => a + s.gzipBytes, 0);
  const chart = (x: LoadMetrics) =>
    x.scripts.filter((s) => s.chart).reduce((a, s) => a + s.gzipBytes, 0);
  const first = m((x) => x.firstLineMs);
  const floorFirst = m((x) => x.firstLineMs, floor);
  const paintedOf = (list: LoadMetrics[]) => {
    const values = list.flatMap((x) =>
      x.firstLinePaintedMs === null ? [] : [x.firstLinePaintedMs],
    );
    return values.length ? median(values) : null;
  };
  const painted = paintedOf(ours);
  const floorPainted = paintedOf(floor);
  return {
    call,
    id,
    runs: ours.length,
    console: {
      firstLineMs: ms(first),
      chartsMs: ms(m((x) => x.chartsMs ?? NaN)),
      longTaskCount: m((x) => x.longTasks.count),
      longTaskTotalMs: ms(m((x) => x.longTasks.totalMs)),
      longTaskMaxMs: ms(m((x) => x.longTasks.maxMs)),
      domElements: m((x) => x.domElements),
      conversationElements: ours[0]?.conversationElements ?? null,
      jsHeapMiB: Math.round(m((x) => x.jsHeapBytes) / 1024 / 102.4) / 10,
      initialJsGzipKiB: kib(m(initial)),
      chartJsGzipKiB: kib(m(chart)),
    },
    floor: {
      firstLineMs: ms(floorFirst),
      domElements: m((x) => x.domElements, floor),
      jsHeapMiB: Math.round(m((x) => x.jsHeapBytes, floor) / 1024 / 102.4) / 10,
    },
    ratioFirstLine: Math.round((first / floorFirst) * 100) / 100,
    ratioFirstLinePainted:
      painted !== null && floorPainted !== null
        ? Math.round((painted / floorPainted) * 100) / 100
        : null,
    paintedMs: {
      console: painted === null ? null : ms(painted),
      floor: floorPainted === null ? null : ms(floorPainted),
    },
    samples: {
      console: ours.map((x) => ms(x.firstLineMs)),
      floor: floor.map((x) => ms(x.firstLineMs)),
    },
  };
}

async function main() {
  const dist = build();
  const stack = await startStack(dist);
  const browser = await launchChromium();
  const results: Summary[] = [];
  const only = process.env.BENCH_ONLY;
  let fleet: FleetBench | null = null;
  const extra: {
    call: string;
    click: { firstLineMs: number; domElements: number; samples: number[] };
    html: Record<keyof HtmlMetrics, number>;
  }[] = [];
  try {
    const calls: [string, string][] =
      only === 'fleet'
        ? []
        : [
            ['typical (DEMO_CALL_IDS.booked)', DEMO_CALL_IDS.booked],
            ['large (DEMO_CALL_IDS.large)', DEMO_CALL_IDS.large],
          ];
    for (const [label, id] of calls) {
      const payload = (await (await fetch(`${stack.api.url}/v1/calls/${id}`)).json()) as {
        messages: unknown[];
      };
      const firstText = firstMessageText(payload);
      const ours: LoadMetrics[] = [];
      const floor: LoadMetrics[] = [];
      // One unmeasured warm-up of each, then interleaved runs so drift hits both alike.
      await measureLoad(browser, `${stack.server.url}/calls/${id}`, {
        firstText,
        charts: true,
        distDir: stack.distDir,
        returning: true,
      });
      await measureLoad(browser, `${stack.server.url}${FLOOR_PATH}?id=${id}`, {
        firstText,
        charts: false,
        distDir: stack.distDir,
      });
      for (let i = 0; i < RUNS; i++) {
        ours.push(
          await measureLoad(browser, `${stack.server.url}/calls/${id}`, {
            firstText,
            charts: true,
            distDir: stack.distDir,
            returning: true,
          }),
        );
        floor.push(
          await measureLoad(browser, `${stack.server.url}${FLOOR_PATH}?id=${id}`, {
            firstText,
            charts: false,
            distDir: stack.distDir,
          }),
        );
        process.stdout.write('.');
      }
      const clicks: ClickMetrics[] = [];
      const htmls: HtmlMetrics[] = [];
      for (let i = 0; i < RUNS; i++) {
        clicks.push(await measureClick(browser, stack.server.url, id, firstText));
        htmls.push(await measureHtml(stack.server.url, id, firstText));
        process.stdout.write('.');
      }
      process.stdout.write('\n');
      results.push(summarise(label, id, ours, floor));
      const html = Object.fromEntries(
        (Object.keys(htmls[0]!) as (keyof HtmlMetrics)[]).map((k) => [
          k,
          Math.round(median(htmls.map((h) => h[k])) * 10) / 10,
        ]),
      ) as Record<keyof HtmlMetrics, number>;
      extra.push({
        call: label,
        click: {
          firstLineMs: ms(median(clicks.map((c) => c.firstLineMs))),
          domElements: median(clicks.map((c) => c.domElements)),
          samples: clicks.map((c) => ms(c.firstLineMs)),
        },
        html,
      });
    }
    if (only !== 'calls') fleet = await benchFleet(browser, stack.distDir);
  } finally {
    await browser.close();
    await stack.stop();
  }
  for (const r of results) {
    console.log(`\n${r.call}: ${r.runs} runs, medians`);
    console.table({
      console: {
        'first line (ms)': r.console.firstLineMs,
        'charts drawn (ms)': r.console.chartsMs,
        'long tasks': r.console.longTaskCount,
        'long task total (ms)': r.console.longTaskTotalMs,
        'DOM elements': r.console.domElements,
        'JS heap (MiB)': r.console.jsHeapMiB,
      },
      floor: {
        'first line (ms)': r.floor.firstLineMs,
        'charts drawn (ms)': '',
        'long tasks': '',
        'long task total (ms)': '',
        'DOM elements': r.floor.domElements,
        'JS heap (MiB)': r.floor.jsHeapMiB,
      },
    });
    console.log(
      `first line: console ÷ floor = ${r.ratioFirstLine} (painted, by Element Timing: ${r.paintedMs.console} / ${r.paintedMs.floor} ms = ${r.ratioFirstLinePainted}); ` +
        `conversation DOM elements ${r.console.conversationElements}; ` +
        `initial JS ${r.console.initialJsGzipKiB} KiB gzip, chart chunk ${r.console.chartJsGzipKiB} KiB gzip`,
    );
  }
  for (const e of extra) {
    console.log(
      `${e.call}: click from the list → first line ${e.click.firstLineMs} ms (samples ${e.click.samples.join(', ')}), ` +
        `DOM ${e.click.domElements} elements; server HTML ${kib(e.html.htmlBytes)} KiB ` +
        `(first screen ${kib(e.html.firstScreenBytes)} KiB, ${kib(e.html.wireBytes)} KiB gzip), ` +
        `TTFB ${e.html.ttfbMs} ms, first line in body ${e.html.firstLineMs} ms, whole ${e.html.totalMs} ms`,
    );
  }
  if (fleet) {
    console.log(
      `\nfleet view, ${fleet.calls} calls (list page ≈ ${kib(fleet.listBytesPerPage)} KiB):`,
    );
    console.table({
      'server wall time, fresh (ms, median)': fleet.serverWallMedianMs,
      'server peak RSS after start / after runs (MiB)': `${fleet.peakRssMiB.afterStart} / ${fleet.peakRssMiB.afterRuns} (per run ${fleet.peakRssMiB.perRun.join(', ')})`,
      'bytes to browser (compressed) / decoded': `${fleet.wireBytes} / ${fleet.decodedBytes}`,
      'first figures, cold / cached (ms)': `${fleet.firstFiguresMs.cold} / ${fleet.firstFiguresMs.warm}`,
    });
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  const out = path.join(RESULTS_DIR, 'bench.json');
  writeFileSync(
    out,
    JSON.stringify(
      { at: new Date().toISOString(), runs: RUNS, results, ssr: extra, fleet },
      null,
      2,
    ),
  );
  console.log(`\nwritten: ${path.relative(ROOT, out)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
