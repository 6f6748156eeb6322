import { useMemo, useState } from 'react';
import { formatMs } from '../../../../lib/format';
import { longLabel } from '../../../../lib/latency/segments';
import { formatShare, incompleteNote, slowestSummary } from '../../../../lib/latency/summary';
import type { TurnChain } from '../../../../lib/latency/turns';
import { tableClass, tdClass, thClass } from '../../../shared/charts/ChartFigure';
import { Button } from '../../../ui/Button';

type SortKey = 'turn' | 'total' | 'dominant' | 'share';
const TOP = 10;

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'turn', label: 'Turn' },
  { key: 'total', label: 'Total' },
  { key: 'dominant', label: 'Dominant component' },
  { key: 'share', label: 'Share' },
];

function compare(a: TurnChain, b: TurnChain, key: SortKey): number {
  switch (key) {
    case 'turn':
      return a.turn - b.turn;
    case 'total':
      return a.totalMs - b.totalMs;
    case 'dominant':
      return (a.dominant?.type ?? '').localeCompare(b.dominant?.type ?? '');
    case 'share':
      return (a.dominant?.share ?? 0) - (b.dominant?.share ?? 0);
  }
}

/**
 * The slowest turns by total, each with its dominant component; sortable by any column. An
 * incomplete turn is listed too, marked, since what was measured may already be slow.
 */
export function SlowestTurnsTable({
  chains,
  targetMs,
  selectedTurn,
  onSelect,
}: {
  chains: readonly TurnChain[];
  targetMs: number;
  selectedTurn: number | null;
  onSelect: (turn: number) => void;
}) {
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({
    key: 'total',
    dir: 'desc',
  });
  const slowest = useMemo(
    () => [...chains].sort((a, b) => b.totalMs - a.totalMs || a.turn - b.turn).slice(0, TOP),
    [chains],
  );
  const rows = useMemo(() => {
    const sign = sort.dir === 'asc' ? 1 : -1;
    return [...slowest].sort((a, b) => sign * compare(a, b, sort.key) || a.turn - b.turn);
  }, [slowest, sort]);

  return (
    <section aria-labelledby="latency-slowest-heading" className="space-y-2">
      <h3 id="latency-slowest-heading" className="text-sm font-semibold">
        Slowest turns
      </h3>
      <p className="text-sm text-slate-600 dark:text-slate-300">{slowestSummary(slowest)}</p>
      <div className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="sr-only">
            The {slowest.length} slowest turns. Column headers sort the table.
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const active = sort.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    className={thClass}
                    aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                  >
                    <Button
                      variant="plain"
                      onClick={() =>
                        setSort((s) =>
                          s.key === c.key
                            ? { key: c.key, dir: s.dir === 'asc' ? 'desc' : 'asc' }
                            : {
                                key: c.key,
                                dir: c.key === 'turn' || c.key === 'dominant' ? 'asc' : 'desc',
                              },
                        )
                      }
                    >
                      {c.label}
                      <span aria-hidden="true">
                        {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </Button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((chain) => {
              const selected = chain.turn === selectedTurn;
              const over = chain.complete && chain.totalMs > targetMs;
              return (
                <tr
                  key={chain.turn}
                  className={
                    selected
                      ? 'bg-sky-50 dark:bg-sky-950'
                      : 'hover:bg-slate-50 dark:hover:bg-slate-800/50'
                  }
                >
                  <td className={tdClass}>
                    <Button
                      variant="row-link"
                      aria-pressed={selected}
                      onClick={() => onSelect(chain.turn)}
                    >
                      Turn {chain.turn}
                    </Button>
                    {!chain.complete ? (
                      <span className="ml-1 text-amber-800 dark:text-amber-300">
                        {incompleteNote(chain)}
                      </span>
                    ) : null}
                  </td>
                  <td
                    className={`${tdClass} ${over ? 'font-semibold text-red-700 dark:text-red-400' : ''}`}
                  >
                    {formatMs(chain.totalMs)}
                  </td>
                  <td className={`${tdClass} [overflow-wrap:anywhere]`}>
                    {chain.dominant ? longLabel(chain.dominant.type) : '—'}
                  </td>
                  <td className={tdClass}>
                    {chain.dominant ? formatShare(chain.dominant.share) : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
