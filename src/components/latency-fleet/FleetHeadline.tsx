import type { FleetAnswer } from '../../api/fleet';
import { count, formatMs, plural, share } from './fleetText';

/** The figures an engineer reads first, as text (the charts below only repeat them). */
export function FleetHeadline({ answer }: { answer: FleetAnswer }) {
  const { result } = answer;
  const { turns, calls } = result;
  const items: [string, string][] = [
    ['Calls', `${count(calls.aggregated)} (${count(calls.withLatency)} with latency)`],
    ['Complete turns', count(turns.complete.count)],
    ['Turn p50', formatMs(turns.complete.p50)],
    ['Turn p95', formatMs(turns.complete.p95)],
    [
      `Over ${formatMs(result.targetMs)}`,
      `${share(turns.overTargetShare)} (${count(turns.overTarget)})`,
    ],
    ['Incomplete turns', `${count(turns.incomplete)}${turns.incomplete ? ' (left out)' : ''}`],
    ['Invalid events', count(result.invalid.events)],
  ];
  const unusable =
    calls.noLatency + calls.latencyNotObject + calls.eventsNotList + calls.noValidEvents;
  return (
    <div className="space-y-1">
      <dl
        aria-label="Headline figures"
        className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7"
      >
        {items.map(([term, value]) => (
          <div
            key={term}
            className="rounded-lg border border-slate-200 bg-white p-2 dark:border-slate-800 dark:bg-slate-900"
          >
            <dt className="text-xs text-slate-600 dark:text-slate-300">{term}</dt>
            <dd className="text-lg font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {unusable > 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          Without usable latency: {plural(calls.noLatency, 'call')} with none yet
          {calls.latencyNotObject ? `, ${count(calls.latencyNotObject)} not an object` : ''}
          {calls.eventsNotList ? `, ${count(calls.eventsNotList)} whose events are not a list` : ''}
          {calls.noValidEvents ? `, ${count(calls.noValidEvents)} with no valid event` : ''}.
        </p>
      ) : null}
    </div>
  );
}
