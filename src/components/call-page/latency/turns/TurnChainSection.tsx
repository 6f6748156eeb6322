import { useCallback, useMemo, useState } from 'react';
import { useTurnSelection } from '../../TurnSelectionContext';
import { formatMs } from '../../../../lib/format';
import type { LatencyAnalysis } from '../../../../lib/latency/analysis';
import { chainRows, chainSeries } from '../../../../lib/latency/chartData';
import { formatShare, turnsSummary } from '../../../../lib/latency/summary';
import { countOverTarget } from '../../../../lib/latency/turnStats';
import { adjacentSlowTurn } from '../../../../lib/latency/turns';
import {
  MAX_SPAN,
  MIN_SPAN,
  resolveWindow,
  windowFromIndexes,
  windowToShow,
  zoomRange,
  type IndexRange,
  type TurnWindow,
} from '../../../../lib/latency/window';
import { ChartFigure } from '../../../shared/charts/ChartFigure';
import { SlowestTurnsTable } from './SlowestTurnsTable';
import { SlowTurnNav } from './SlowTurnNav';
import { TurnChainChart } from './TurnChainChart';
import { TurnOverview } from './TurnOverview';
import { TurnStatsLine } from './TurnStatsLine';
import { TurnTable } from './TurnTable';
import { TurnWaterfall } from './TurnWaterfall';

const pager =
  'rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

/** Per-turn stacked bars, slow-turn navigation, the selected turn's waterfall, slowest turns. */
export function TurnChainSection({
  analysis,
  linkNote,
}: {
  analysis: LatencyAnalysis;
  linkNote: string | null;
}) {
  const { chains, byType, turns: dist } = analysis;
  const { selectedTurn, selectTurn, targetMs } = useTurnSelection();

  const series = useMemo(() => chainSeries(byType), [byType]);
  const rows = useMemo(() => chainRows(chains, series), [chains, series]);
  const turnNumbers = useMemo(() => chains.map((c) => c.turn), [chains]);
  const totals = useMemo(() => chains.map((c) => c.totalMs), [chains]);
  const chainsByTurn = useMemo(() => new Map(chains.map((c) => [c.turn, c])), [chains]);

  // Zoom is kept as turn numbers, so polls that add turns never reset it.
  const [zoom, setZoom] = useState<TurnWindow | null>(null);
  const range = resolveWindow(turnNumbers, zoom) ?? { startIndex: 0, endIndex: 0 };

  // A turn selected elsewhere (the conversation) moves the chart window to it.
  const [shownSelection, setShownSelection] = useState(selectedTurn);
  if (selectedTurn !== shownSelection) {
    setShownSelection(selectedTurn);
    if (selectedTurn !== null) {
      const moved = windowToShow(turnNumbers, range, selectedTurn);
      if (moved) setZoom(moved);
    }
  }

  const onRangeChange = useCallback(
    (next: IndexRange) => setZoom(windowFromIndexes(turnNumbers, next)),
    [turnNumbers],
  );
  /** Selects a turn and brings it into the chart, even when it was already selected. */
  const reveal = (turn: number) => {
    selectTurn(turn);
    const moved = windowToShow(turnNumbers, range, turn);
    if (moved) setZoom(moved);
  };
  const onChartSelect = useCallback((turn: number) => selectTurn(turn), [selectTurn]);

  const slowCount = useMemo(() => countOverTarget(chains, targetMs), [chains, targetMs]);
  const biggest = byType.reduce<{ type: string; share: number } | null>(
    (a, b) => (!a || b.share > a.share ? b : a),
    null,
  );
  const visibleRows = useMemo(
    () => rows.slice(range.startIndex, range.endIndex + 1),
    [rows, range.startIndex, range.endIndex],
  );
  const span = range.endIndex - range.startIndex + 1;
  const windowed = span < rows.length;
  const shift = (direction: 1 | -1) => {
    const start = Math.max(0, Math.min(rows.length - span, range.startIndex + direction * span));
    onRangeChange({ startIndex: start, endIndex: start + span - 1 });
  };
  const firstShown = visibleRows[0]?.turn;
  const lastShown = visibleRows.at(-1)?.turn;

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <ChartFigure
          title="Response time per turn"
          summary={turnsSummary(dist, slowCount, targetMs, biggest)}
          tableLabel={
            windowed ? `Show data table (turns ${firstShown}–${lastShown})` : 'Show data table'
          }
          table={
            <TurnTable
              rows={visibleRows}
              series={series}
              chainsByTurn={chainsByTurn}
              targetMs={targetMs}
              onSelect={reveal}
            />
          }
        >
          <TurnStatsLine stats={dist} overTarget={slowCount} targetMs={targetMs} />
          <SlowTurnNav
            slowCount={slowCount}
            incomplete={dist.incomplete}
            selectedTurn={selectedTurn}
            targetMs={targetMs}
            onPrevious={() => {
              const t = adjacentSlowTurn(chains, targetMs, selectedTurn, -1);
              if (t !== null) reveal(t);
            }}
            onNext={() => {
              const t = adjacentSlowTurn(chains, targetMs, selectedTurn, 1);
              if (t !== null) reveal(t);
            }}
          />
          <TurnChainChart
            rows={visibleRows}
            series={series}
            chainsByTurn={chainsByTurn}
            targetMs={targetMs}
            medianMs={dist.complete.p50}
            selectedTurn={selectedTurn}
            onSelect={onChartSelect}
          />
          {rows.length > MIN_SPAN ? (
            <div className="space-y-1">
              <TurnOverview
                totals={totals}
                turns={turnNumbers}
                targetMs={targetMs}
                range={range}
                onRangeChange={onRangeChange}
              />
              <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
                <span aria-live="polite">
                  Showing turns {firstShown}–{lastShown} of {rows.length.toLocaleString('en-US')}.
                </span>
                <span className="ml-auto flex flex-wrap gap-1">
                  <button
                    type="button"
                    className={pager}
                    onClick={() => shift(-1)}
                    disabled={range.startIndex === 0}
                  >
                    ← Earlier
                  </button>
                  <button
                    type="button"
                    className={pager}
                    onClick={() => shift(1)}
                    disabled={range.endIndex >= rows.length - 1}
                  >
                    Later →
                  </button>
                  <button
                    type="button"
                    className={pager}
                    onClick={() => onRangeChange(zoomRange(rows.length, range, 0.5))}
                    disabled={span <= MIN_SPAN}
                  >
                    Zoom in
                  </button>
                  <button
                    type="button"
                    className={pager}
                    onClick={() => onRangeChange(zoomRange(rows.length, range, 2))}
                    disabled={span >= Math.min(rows.length, MAX_SPAN)}
                  >
                    Zoom out
                  </button>
                </span>
              </div>
            </div>
          ) : null}
          <ul
            className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-300"
            aria-label="Legend"
          >
            {series.map((s) => {
              const share = s.types.reduce(
                (sum, t) => sum + (byType.find((b) => b.type === t)?.share ?? 0),
                0,
              );
              return (
                <li
                  key={s.key}
                  className="flex min-w-0 items-center gap-1.5 [overflow-wrap:anywhere]"
                  title={s.longLabel}
                >
                  <span
                    aria-hidden="true"
                    className="inline-block size-2.5 rounded-sm"
                    style={{ background: s.colour }}
                  />
                  {s.label} {formatShare(share)}
                </li>
              );
            })}
            <li className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block h-0 w-4 border-t-2 border-dashed border-red-600"
              />
              target {formatMs(targetMs)}
            </li>
            {dist.complete.p50 !== null ? (
              <li className="flex items-center gap-1.5">
                <span
                  aria-hidden="true"
                  className="inline-block h-0 w-4 border-t-2 border-dotted border-current"
                />
                p50 {formatMs(dist.complete.p50)}
              </li>
            ) : null}
            {dist.incomplete > 0 ? (
              <li className="flex items-center gap-1.5">
                <span
                  aria-hidden="true"
                  className="inline-block h-2.5 w-3 rounded-sm border border-dashed border-current opacity-70"
                />
                incomplete turn (faint, dashed)
              </li>
            ) : null}
          </ul>
          {linkNote ? (
            <p className="text-xs text-slate-500 dark:text-slate-400">{linkNote}</p>
          ) : null}
        </ChartFigure>
        {selectedTurn !== null ? (
          <TurnWaterfall
            turn={selectedTurn}
            chain={chainsByTurn.get(selectedTurn)}
            series={series}
            targetMs={targetMs}
            onClose={() => selectTurn(null)}
          />
        ) : null}
      </div>
      <SlowestTurnsTable
        chains={chains}
        targetMs={targetMs}
        selectedTurn={selectedTurn}
        onSelect={reveal}
      />
    </div>
  );
}
