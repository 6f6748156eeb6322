/**
 * Writes the figures of the last `npm run bench` (test-results/bench.json) into
 * docs/performance.md, between its bench:start / bench:end markers.
 * Usage: npx tsx scripts/bench/report.ts ["a note about the machine"]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { RESULTS_DIR, ROOT } from '../../test/harness/paths.ts';
import type { BenchSummary } from '../../test/harness/measure.ts';

type Result = BenchSummary;
type Side = BenchSummary['console'];

const bench = JSON.parse(readFileSync(path.join(RESULTS_DIR, 'bench.json'), 'utf8')) as {
  at: string;
  runs: number;
  results: Result[];
};
const [t, l] = bench.results as [Result, Result];
const row = (cells: (string | number | null)[]) => `| ${cells.map((c) => c ?? '—').join(' | ')} |`;
const tasks = (s: Side) => `${s.longTaskCount} / ${s.longTaskTotalMs} / ${s.longTaskMaxMs}`;

const lines = [
  `Run at ${bench.at.slice(0, 16).replace('T', ' ')} UTC, ${bench.runs} measured loads per page, medians.`,
  '',
  '| | typical call: console | typical: floor | large call: console | large: floor |',
  '| --- | --- | --- | --- | --- |',
  row([
    'navigation → first conversation line (ms)',
    t.console.firstLineMs,
    t.floor.firstLineMs,
    l.console.firstLineMs,
    l.floor.firstLineMs,
  ]),
  row([
    '**console ÷ floor, first line**',
    `**${t.ratioFirstLine}×**`,
    '',
    `**${l.ratioFirstLine}×**`,
    '',
  ]),
  row(['navigation → charts drawn (ms)', t.console.chartsMs, '—', l.console.chartsMs, '—']),
  row([
    'long tasks until charts drawn (count / total ms / longest ms)',
    tasks(t.console),
    '—',
    tasks(l.console),
    '—',
  ]),
  row([
    'DOM elements, whole page',
    t.console.domElements,
    t.floor.domElements,
    l.console.domElements,
    l.floor.domElements,
  ]),
  row([
    'DOM elements, conversation',
    t.console.conversationElements,
    '—',
    l.console.conversationElements,
    '—',
  ]),
  row([
    'JS heap after GC (MiB)',
    t.console.jsHeapMiB,
    t.floor.jsHeapMiB,
    l.console.jsHeapMiB,
    l.floor.jsHeapMiB,
  ]),
  row([
    'initial JS: requested before the first line (KiB gzip)',
    t.console.initialJsGzipKiB,
    '< 1',
    l.console.initialJsGzipKiB,
    '< 1',
  ]),
  row([
    'chart chunk, loaded lazily (KiB gzip)',
    t.console.chartJsGzipKiB,
    '—',
    l.console.chartJsGzipKiB,
    '—',
  ]),
  '',
  ...bench.results.map(
    (r) =>
      `- ${r.call}, every first-line sample (ms): console ${r.samples.console.join(', ')}; floor ${r.samples.floor.join(', ')}.`,
  ),
  ...(process.argv[2] ? ['', process.argv[2]] : []),
];

const doc = path.join(ROOT, 'docs/performance.md');
const text = readFileSync(doc, 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
const before = text.slice(0, text.indexOf(start) + start.length);
const after = text.slice(text.indexOf(end));
writeFileSync(doc, `${before}\n${lines.join('\n')}\n${after}`);
console.log(`updated ${path.relative(ROOT, doc)}`);
