import type { FleetResult } from '../../api/fleet';
import type { LoadBin } from '../../lib/fleet/wire';
import { ChartFigure } from '../shared/charts/ChartFigure';
import { FleetTable } from './FleetTable';
import { PercentileLines } from './PercentileLines';
import { count, formatMs, plural } from './fleetText';

export function loadLabel(bin: LoadBin): string {
  return bin.to - bin.from <= 1 ? String(bin.from) : `${bin.from}–${bin.to - 1}`;
}

const SERIES = [
  { key: 'turnP50', name: 'Turn p50', colour: '#4f46e5' },
  { key: 'turnP95', name: 'Turn p95', colour: '#4f46e5', dashed: true },
  { key: 'llmP50', name: 'LLM TTFT p50', colour: '#d97706' },
  { key: 'llmP95', name: 'LLM TTFT p95', colour: '#d97706', dashed: true },
];

function loadSummary(load: FleetResult['byLoad']): string {
  const bins = load.bins.filter((b) => b.turns.count > 0);
  const first = bins[0];
  const last = bins.at(-1);
  const apart = `${plural(load.withoutLoad.missing + load.withoutLoad.unusable, 'call')} without a usable load counted apart.`;
  if (!first || !last || first === last) return `Too few load levels to compare. ${apart}`;
  return `Turn p95 ${formatMs(first.turns.p95)} at ${loadLabel(first)} calls in flight, ${formatMs(last.turns.p95)} at ${loadLabel(last)}. ${apart}`;
}

/** p50 and p95 of turn totals and of LLM TTFT per concurrency level at dispatch. */
export function LoadChart({ result }: { result: FleetResult }) {
  const load = result.byLoad;
  const data = load.bins.map((b) => ({
    label: loadLabel(b),
    turnP50: b.turns.p50,
    turnP95: b.turns.p95,
    llmP50: b.llmTtft.p50,
    llmP95: b.llmTtft.p95,
  }));
  return (
    <ChartFigure
      title="By load at dispatch"
      summary={loadSummary(load)}
      table={
        <FleetTable
          caption="Latency by load at dispatch"
          columns={[
            'Calls in flight',
            'Calls',
            'Turns',
            'Turn p50',
            'Turn p95',
            'LLM TTFT p50',
            'LLM TTFT p95',
          ]}
          numeric={[1, 2, 3, 4, 5, 6]}
          rows={load.bins.map((b) => ({
            key: loadLabel(b),
            cells: [
              loadLabel(b),
              count(b.calls),
              count(b.turns.count),
              formatMs(b.turns.p50),
              formatMs(b.turns.p95),
              formatMs(b.llmTtft.p50),
              formatMs(b.llmTtft.p95),
            ],
          }))}
        />
      }
    >
      <p className="text-xs text-slate-600 dark:text-slate-300">
        Load is <code>metadata.concurrency_at_dispatch</code>, the organisation’s calls in flight
        when the call was dispatched{load.binned ? ', grouped into ranges' : ''}.
        {load.withoutLoad.missing ? ` ${plural(load.withoutLoad.missing, 'call')} without it.` : ''}
        {load.withoutLoad.unusable
          ? ` ${plural(load.withoutLoad.unusable, 'call')} with an unusable value.`
          : ''}
      </p>
      {data.length > 0 ? <PercentileLines data={data} series={SERIES} /> : null}
    </ChartFigure>
  );
}
