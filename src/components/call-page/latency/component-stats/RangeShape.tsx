import { segmentColour } from '../../../../lib/latency/segments';
import type { Row } from './componentRows';

interface ShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: Row;
}

/** The min–max range as a bar, with ticks for p50 (solid), p95 (dashed) and a diamond for avg. */
export function RangeShape({ x = 0, y = 0, width = 0, height = 0, payload }: ShapeProps) {
  if (!payload?.range) return <g />;
  const [min, max] = payload.range;
  const colour = segmentColour(payload.key);
  const pos = (v: number) => (max === min ? x : x + ((v - min) / (max - min)) * width);
  const { p50Ms, avgMs, p95Ms } = payload.stats;
  const mid = y + height / 2;
  // A vertical tick at a value, a little taller than the bar.
  const tick = (ms: number) => ({ x1: pos(ms), x2: pos(ms), y1: y - 3, y2: y + height + 3 });
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={Math.max(width, 2)}
        height={height}
        rx={3}
        fill={colour}
        fillOpacity={0.25}
        stroke={colour}
      />
      {p95Ms !== null ? (
        <line {...tick(p95Ms)} stroke={colour} strokeWidth={2} strokeDasharray="3 2" />
      ) : null}
      {p50Ms !== null ? <line {...tick(p50Ms)} stroke="currentColor" strokeWidth={3} /> : null}
      {avgMs !== null ? (
        <path
          d={`M ${pos(avgMs)} ${mid - 6} l 6 6 l -6 6 l -6 -6 z`}
          fill={colour}
          stroke="currentColor"
          strokeWidth={1}
        />
      ) : null}
    </g>
  );
}
