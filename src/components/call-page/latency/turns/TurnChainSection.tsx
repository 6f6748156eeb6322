import { useCallback, useMemo } from 'react';
import { useTurnSelection } from '../../TurnSelectionContext';
import type { LatencyAnalysis } from '../../../../lib/latency/analysis';
import { chainRows, chainSeries } from '../../../../lib/latency/chartData';
import { turnsSummary } from '../../../../lib/latency/summary';
import { countOverTarget } from '../../../../lib/latency/turnStats';
import { adjacentSlowTurn } from '../../../../lib/latency/turns';
import { MIN_SPAN } from '../../../../lib/latency/window';
import { ChartFigure } from '../../../shared/charts/ChartFigure';
import { SlowestTurnsTable } from './SlowestTurnsTable';
import { SlowTurnNav } from './SlowTurnNav';
import { TurnChainChart } from './TurnChainChart';
import { TurnLegend } from './TurnLegend';
import { TurnPager } from './TurnPager';
import { TurnStatsLine } from './TurnStatsLine';
import { TurnTable } from './TurnTable';
import { TurnWaterfall } from './TurnWaterfall';
import { useTurnWindow } from './useTurnWindow';

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
  const { range, onRangeChange, reveal } = useTurnWindow(turnNumbers, selectedTurn, selectTurn);
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
  const windowed = visibleRows.length < rows.length;
  // What the chart and its data table both draw.
  const chartData = { rows: visibleRows, series, chainsByTurn, targetMs };
  const stepSlow = (direction: 1 | -1) => {
    const t = adjacentSlowTurn(chains, targetMs, selectedTurn, direction);
    if (t !== null) reveal(t);
  };

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <ChartFigure
          title="Response time per turn"
          summary={turnsSummary(dist, slowCount, targetMs, biggest)}
          tableLabel={
            windowed
              ? `Show data table (turns ${visibleRows[0]?.turn}–${visibleRows.at(-1)?.turn})`
              : 'Show data table'
          }
          table={<TurnTable {...chartData} onSelect={reveal} />}
        >
          <TurnStatsLine stats={dist} overTarget={slowCount} targetMs={targetMs} />
          <SlowTurnNav
            slowCount={slowCount}
            incomplete={dist.incomplete}
            selectedTurn={selectedTurn}
            targetMs={targetMs}
            onPrevious={() => stepSlow(-1)}
            onNext={() => stepSlow(1)}
          />
          <TurnChainChart
            {...chartData}
            medianMs={dist.complete.p50}
            selectedTurn={selectedTurn}
            onSelect={onChartSelect}
          />
          {rows.length > MIN_SPAN ? (
            <TurnPager {...{ totals, turns: turnNumbers, targetMs, range, onRangeChange }} />
          ) : null}
          <TurnLegend
            series={series}
            byType={byType}
            targetMs={targetMs}
            p50Ms={dist.complete.p50}
            incomplete={dist.incomplete}
          />
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
