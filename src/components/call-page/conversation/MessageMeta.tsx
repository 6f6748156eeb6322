import type { ExtraField, MessageTime } from '../../../lib/conversation/messageFields';
import { Highlight } from './Highlight';

/** A message's time beside its role: the value as sent (and UTC) in the tooltip. */
export function MessageTimeLabel({ time, query }: { time: MessageTime | null; query: string }) {
  if (!time) return null;
  const text = <Highlight text={time.text} query={query} />;
  return (
    <span className="text-xs text-slate-600 tabular-nums dark:text-slate-400" title={time.title}>
      {time.dateTime ? <time dateTime={time.dateTime}>{text}</time> : text}
    </span>
  );
}

/** The keys of a message the console does not read, shown so nothing sent is hidden. */
export function MessageExtras({ extras, query }: { extras: readonly ExtraField[]; query: string }) {
  if (extras.length === 0) return null;
  return (
    <dl
      aria-label="Other fields"
      className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 text-xs text-slate-600 dark:text-slate-400"
    >
      {extras.map((e, i) => (
        <div key={`${i}:${e.key}`} className="contents">
          <dt className="font-medium break-all">
            <Highlight text={e.key} query={query} />
          </dt>
          <dd className={`break-words ${e.json ? 'font-mono' : ''}`}>
            <Highlight text={e.text} query={query} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
