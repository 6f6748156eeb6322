import { EMPTY, formatDateTime, formatUtc, parseDate } from '../../lib/format';

/** A timestamp in local time, with UTC on hover (title) and in the machine-readable dateTime. */
export function LocalTime({ value }: { value: string | null }) {
  const date = parseDate(value);
  if (!date) return <>{value ? value : EMPTY}</>;
  const utc = formatUtc(value);
  return (
    <time dateTime={date.toISOString()} title={utc} className="cursor-help">
      {formatDateTime(value)}
    </time>
  );
}
