import { memo, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { IndexRange } from '../../../../lib/latency/window';

const HEIGHT = 36;

/** The whole call's per-turn totals as one path; memoised, as it only changes with the data. */
const OverviewPath = memo(function OverviewPath({
  totals,
  max,
}: {
  totals: readonly number[];
  max: number;
}) {
  const d = useMemo(() => {
    if (totals.length === 0 || max <= 0) return '';
    const parts: string[] = [];
    totals.forEach((t, i) => {
      const y = HEIGHT - (t / max) * (HEIGHT - 2);
      parts.push(`${i === 0 ? 'M' : 'L'}${i + 0.5} ${y.toFixed(1)}`);
    });
    return parts.join(' ');
  }, [totals, max]);
  return (
    <path d={d} fill="none" stroke="#64748b" strokeWidth={1} vectorEffect="non-scaling-stroke" />
  );
});

/** Every turn's total and number, the target, and the window of turns the chart shows. */
export type TurnWindowProps = {
  totals: readonly number[];
  turns: readonly number[];
  targetMs: number;
  range: IndexRange;
  onRangeChange: (range: IndexRange) => void;
};

/**
 * A minimap of every turn with the window shown in the chart. Drag or click to move the window,
 * or use the keyboard (arrows, Page Up/Down, Home/End). Drawn as plain SVG so moving the window
 * re-renders only the window, never 2,000 points.
 */
export function TurnOverview({ totals, turns, targetMs, range, onRangeChange }: TurnWindowProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const dragging = useRef(false);
  const n = totals.length;
  const span = range.endIndex - range.startIndex;
  const max = useMemo(() => Math.max(targetMs, ...totals), [totals, targetMs]);

  const moveTo = (start: number) => {
    const clamped = Math.max(0, Math.min(n - 1 - span, Math.round(start)));
    if (clamped !== range.startIndex) {
      onRangeChange({ startIndex: clamped, endIndex: clamped + span });
    }
  };
  const indexAt = (clientX: number) => {
    const box = svgRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return range.startIndex;
    return ((clientX - box.left) / box.width) * n;
  };
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    dragging.current = true;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    moveTo(indexAt(e.clientX) - span / 2);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (dragging.current) moveTo(indexAt(e.clientX) - span / 2);
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const step = Math.max(1, Math.round((span + 1) / 10));
    const moves: Record<string, number> = {
      ArrowLeft: range.startIndex - step,
      ArrowDown: range.startIndex - step,
      ArrowRight: range.startIndex + step,
      ArrowUp: range.startIndex + step,
      PageDown: range.startIndex - (span + 1),
      PageUp: range.startIndex + (span + 1),
      Home: 0,
      End: n - 1 - span,
    };
    if (e.key in moves) {
      e.preventDefault();
      moveTo(moves[e.key]!);
    }
  };
  const first = turns[range.startIndex];
  const last = turns[range.endIndex];
  return (
    <svg
      ref={svgRef}
      role="slider"
      tabIndex={0}
      aria-label="Turns shown in the chart"
      aria-valuemin={turns[0]}
      aria-valuemax={turns[n - 1]}
      aria-valuenow={first}
      aria-valuetext={`Turns ${first}–${last} of ${n.toLocaleString('en-US')}`}
      viewBox={`0 0 ${n} ${HEIGHT}`}
      preserveAspectRatio="none"
      className="h-9 w-full cursor-grab touch-none rounded border border-slate-300 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-slate-600"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
      onKeyDown={onKeyDown}
    >
      <line
        x1={0}
        x2={n}
        y1={HEIGHT - (targetMs / max) * (HEIGHT - 2)}
        y2={HEIGHT - (targetMs / max) * (HEIGHT - 2)}
        stroke="#dc2626"
        strokeDasharray="4 3"
        vectorEffect="non-scaling-stroke"
      />
      <OverviewPath totals={totals} max={max} />
      <rect
        x={range.startIndex}
        width={span + 1}
        y={0}
        height={HEIGHT}
        fill="#0ea5e9"
        fillOpacity={0.2}
        stroke="#0284c7"
        strokeWidth={1.5}
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}
