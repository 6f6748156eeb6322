/**
 * Where the large call's first line spends its time: one load of /calls/:id under the CPU
 * profiler, self time summed by script and by function, plus the resource timeline.
 * `npx tsx scripts/bench/profile.ts [callId]` against dist/ (build first).
 */
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_CALL_IDS } from '../../src/mocks/ids.ts';
import { launchChromium } from '../../test/harness/chromium.ts';
import { ROOT } from '../../test/harness/paths.ts';
import { firstMessageText } from '../../test/harness/measure.ts';
import { builtDist, startStack } from '../../test/harness/stack.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const maps = new Map<string, TraceMap>();
function resolve(node: ProfileNode, url: string): string {
  const { functionName, lineNumber, columnNumber } = node.callFrame as ProfileNode['callFrame'] & {
    columnNumber: number;
  };
  const name = `${functionName || '(anon)'} ${url}`;
  if (!url.endsWith('.js') || !url.includes('-')) return name;
  let map = maps.get(url);
  if (!map) {
    const file = path.join(builtDist(ROOT), 'assets', url + '.map');
    if (!existsSync(file)) return name;
    map = new TraceMap(readFileSync(file, 'utf8'));
    maps.set(url, map);
  }
  const pos = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
  return `${pos.name ?? functionName} ${(pos.source ?? url).replace(/^.*node_modules\//, '')}:${pos.line}`;
}

const id = process.argv[2] ?? DEMO_CALL_IDS.large;
const stack = await startStack(builtDist(ROOT));
const browser = await launchChromium();
try {
  const call = (await (await fetch(`${stack.api.url}/v1/calls/${id}`)).json()) as {
    messages: unknown[];
  };
  const needle = firstMessageText(call);
  for (let warm = 0; warm < 2; warm++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    await page.addInitScript(`new MutationObserver(function (_, o) {
      var el = document.querySelector('[aria-label="Messages"] [role="listitem"]');
      if (el && el.textContent.indexOf(${JSON.stringify(needle)}) !== -1) {
        performance.mark('first line in DOM'); o.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });`);
    await page.goto(`${stack.server.url}/calls/${id}`);
    await page.waitForFunction(() => performance.getEntriesByName('first line in DOM').length > 0);
    const firstLine = Date.now() - t0;
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const timing = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map(
          (e) =>
            `${(e as PerformanceResourceTiming).startTime.toFixed(0).padStart(5)}–${(e as PerformanceResourceTiming).responseEnd.toFixed(0).padStart(5)} ${e.name.replace(location.origin, '')}`,
        )
        .concat(
          performance
            .getEntriesByType('mark')
            .concat(performance.getEntriesByType('paint'))
            .sort((a, b) => a.startTime - b.startTime)
            .map((e) => `${e.startTime.toFixed(0).padStart(5)} mark ${e.name}`),
        ),
    );
    if (warm === 0) {
      await context.close();
      continue;
    }
    const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<number, number>();
    profile.samples.forEach((sample, i) =>
      self.set(sample, (self.get(sample) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
    );
    const byUrl = new Map<string, number>();
    const byFn = new Map<string, number>();
    for (const [nodeId, ms] of self) {
      const node = byNode.get(nodeId)!;
      const url = node.callFrame.url.replace(/^.*\//, '') || `(${node.callFrame.functionName})`;
      byUrl.set(url, (byUrl.get(url) ?? 0) + ms);
      const fn = resolve(node, url);
      byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
    }
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${v.toFixed(1).padStart(7)} ms  ${k}`)
        .join('\n');
    console.log(`first line after ~${firstLine} ms (wall clock, incl. playwright)`);
    console.log(timing.join('\n'));
    console.log('\nself time by script\n' + top(byUrl, 15));
    console.log('\nself time by function\n' + top(byFn, 30));
    // Inclusive time: each sample counts once for every distinct function on its stack.
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const total = new Map<string, number>();
    for (const [nodeId, ms] of self) {
      const seen = new Set<string>();
      for (let id: number | undefined = nodeId; id !== undefined; id = parent.get(id)) {
        const node = byNode.get(id)!;
        const url = node.callFrame.url.replace(/^.*\//, '');
        if (!url.endsWith('.js')) continue;
        seen.add(resolve(node, url));
      }
      for (const fn of seen) total.set(fn, (total.get(fn) ?? 0) + ms);
    }
    console.log('\ninclusive time by function\n' + top(total, 60));
    await context.close();
  }
} finally {
  await browser.close();
  await stack.stop();
}
