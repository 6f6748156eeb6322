import { memo, useEffect, useMemo, useRef, type RefObject } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  useActiveTooltipLabel,
  type BarShapeProps,
} from 'recharts';
import type { ChainRow, ChainSeries } from '../../../../lib/latency/chartData';
import { msTicks } from '../../../../lib/latency/ticks';
import type { TurnChain } from '../../../../lib/latency/turns';
import { useChartSize } from '../../../shared/charts/chartSize';
import { axisMs, axisStyle, gridStyle } from '../../../shared/charts/chartFormat';
import { makeTurnTooltip } from './TurnChainTooltip';

interface Props {
  rows: readonly ChainRow[];
  series: readonly ChainSeries[];
  chainsByTurn: ReadonlyMap<number, TurnChain>;
  targetMs: number;
  medianMs: number | null;
  selectedTurn: number | null;
  onSelect: (turn: number) => void;
}

/** Mirrors the turn under Recharts' keyboard/mouse cursor into a ref, for Enter to select it. */
function ActiveTurn({ turnRef }: { turnRef: RefObject<number | null> }) {
  const label = useActiveTooltipLabel();
  useEffect(() => {
    const turn = Number(label);
    turnRef.current = label !== undefined && Number.isInteger(turn) ? turn : null;
  }, [label, turnRef]);
  return null;
}

/**
 * One stacked bar per turn, for the turns in the current window only (rows is that slice), so a
 * 2,000-turn call draws about 100 bars; TurnOverview shows the whole call.
 */
export const TurnChainChart = memo(function TurnChainChart({
  rows,
  series,
  chainsByTurn,
  targetMs,
  medianMs,
  selectedTurn,
  onSelect,
}: Props) {
  const size = useChartSize(260);
  const activeTurn = useRef<number | null>(null);
  const ticks = useMemo(
    () => msTicks(rows.reduce((m, r) => Math.max(m, r.total), Math.max(targetMs, medianMs ?? 0))),
    [rows, targetMs, medianMs],
  );
  const Tip = useMemo(
    () => makeTurnTooltip(chainsByTurn, series, targetMs),
    [chainsByTurn, series, targetMs],
  );
  const shape = useMemo(
    () =>
      function Segment(props: BarShapeProps) {
        const row = props.payload as ChainRow | undefined;
        // An incomplete turn is drawn faint and dashed: its height is only what was measured.
        const incomplete = row ? chainsByTurn.get(row.turn)?.complete === false : false;
        const over = row && !incomplete ? row.total > targetMs : false;
        const selected = row ? row.turn === selectedTurn : false;
        return (
          <Rectangle
            {...props}
            fillOpacity={incomplete ? 0.18 : over || selected ? 1 : 0.45}
            stroke={selected ? 'currentColor' : incomplete ? props.fill : 'none'}
            strokeWidth={selected ? 1.5 : incomplete ? 1 : 0}
            strokeDasharray={incomplete && !selected ? '3 2' : undefined}
            data-incomplete={incomplete || undefined}
          />
        );
      },
    [targetMs, selectedTurn, chainsByTurn],
  );
  return (
    <div
      className="text-slate-700 dark:text-slate-200"
      data-testid="turn-chain-chart"
      onKeyDown={(e) => {
        // Recharts moves its cursor with the arrow keys; Enter or Space opens that turn.
        if ((e.key === 'Enter' || e.key === ' ') && activeTurn.current !== null) {
          e.preventDefault();
          onSelect(activeTurn.current);
        }
      }}
    >
      <p className="sr-only">
        Focus the chart and use the arrow keys to move between turns; Enter opens a turn.
      </p>
      <BarChart
        {...size}
        data={rows as ChainRow[]}
        margin={{ top: 12, right: 12, bottom: 0, left: 0 }}
        barCategoryGap={rows.length > 60 ? 0 : '15%'}
        onClick={(state) => {
          const turn = Number(state?.activeLabel);
          if (Number.isInteger(turn)) onSelect(turn);
        }}
        style={{ cursor: 'pointer' }}
      >
        <CartesianGrid vertical={false} {...gridStyle} />
        <XAxis dataKey="turn" {...axisStyle} minTickGap={16} />
        <YAxis
          tickFormatter={axisMs}
          width={52}
          {...axisStyle}
          domain={[0, ticks.at(-1) ?? 'auto']}
          ticks={ticks}
          interval={0}
        />
        <ActiveTurn turnRef={activeTurn} />
        <Tooltip content={Tip} cursor={{ fill: '#94a3b8', fillOpacity: 0.2 }} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="turn"
            fill={s.colour}
            shape={shape}
            isAnimationActive={false}
          />
        ))}
        <ReferenceLine
          y={targetMs}
          stroke="#dc2626"
          strokeDasharray="6 3"
          strokeWidth={1.5}
          ifOverflow="extendDomain"
        />
        {medianMs !== null ? (
          <ReferenceLine
            y={medianMs}
            stroke="currentColor"
            strokeDasharray="2 3"
            ifOverflow="extendDomain"
          />
        ) : null}
      </BarChart>
    </div>
  );
});
