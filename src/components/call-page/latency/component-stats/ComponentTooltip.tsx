import type { TooltipContentProps } from 'recharts';
import { formatMs } from '../../../../lib/format';
import { longLabel } from '../../../../lib/latency/segments';
import { tooltipBoxClass } from '../../../shared/charts/chartFormat';
import type { Row } from './componentRows';

/** A component's figures from the API and from its events, on hover or focus. */
export function ComponentTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  const s = row.stats;
  return (
    <div className={tooltipBoxClass}>
      <p className="font-semibold">{longLabel(s.key)}</p>
      {!s.present ? (
        <p>Missing from the latency data.</p>
      ) : (
        <>
          <p>
            API: {s.provider ?? 'provider not reported'} · {s.samples ?? 'unknown'} samples · avg{' '}
            {formatMs(s.avgMs)} · p50 {formatMs(s.p50Ms)} · range {formatMs(s.minMs)} –{' '}
            {formatMs(s.maxMs)}
          </p>
          <p>
            From {s.eventCount} events: p90 {formatMs(s.p90Ms)} · p95 {formatMs(s.p95Ms)}
            {s.samplesMismatch ? ' (not the same count as the samples)' : ''}
          </p>
        </>
      )}
    </div>
  );
}
