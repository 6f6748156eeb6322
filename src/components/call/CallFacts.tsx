import type { Call } from '../../api/schema';
import { formatDateTime, formatDuration, formatUtc } from '../../lib/format';

/** Baseline facts; the call page issue (3) extends this into the full facts panel. */
export function CallFacts({ call }: { call: Call }) {
  const rows: [string, string, string?][] = [
    ['Created', formatDateTime(call.created_at), formatUtc(call.created_at)],
    ['Started', formatDateTime(call.started_at), formatUtc(call.started_at)],
    ['Ended', formatDateTime(call.ended_at), formatUtc(call.ended_at)],
    ['Duration', formatDuration(call.duration_seconds)],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {rows.map(([label, value, title]) => (
        <div key={label}>
          <dt className="text-xs text-slate-500 uppercase dark:text-slate-400">{label}</dt>
          <dd title={title}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
