import { isLiveCall } from '../../../api/callStatus';
import type { Call } from '../../../api/schema';
import { readAnalysis, sentimentTone, type SentimentTone } from '../../../lib/summary/readAnalysis';
import { humanize } from '../../../lib/format';
import { PostCallNote } from '../PostCallNote';
import { Section } from '../../ui/Section';
import { usePostCallWaiting } from '../usePostCallWaiting';
import { LazyJsonTree } from '../../ui/LazyJsonTree';
import { Disclosure } from '../../ui/Disclosure';
import { deferUntilPainted } from '../deferUntilPainted';

// Extracted fields sit under the summary text and can be long; they load just after the first
// paint, so the conversation's first line does not wait for them.
const ExtractedData = deferUntilPainted(() => import('./ExtractedData'), 'ExtractedData', null);

const TONE: Record<SentimentTone, string> = {
  positive: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100',
  neutral: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
  negative: 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100',
  unknown: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
};

function Pill({ label, value, className }: { label: string; value: string; className: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs ${className}`}
    >
      <span className="font-normal opacity-80">{label}:</span>
      <span className="font-semibold">{value}</span>
    </span>
  );
}

/** The ten-second view: what happened, how it ended, how the caller felt, what was captured. */
export function SummarySection({ call }: { call: Call }) {
  const a = readAnalysis(call);
  const nothing =
    a.summary === null && a.outcome === null && a.sentiment === null && a.extracted.length === 0;
  const waiting = usePostCallWaiting(call);
  return (
    <Section id="summary" title="Summary">
      <div className="space-y-3">
        <PostCallNote call={call} what="summary and analysis" />
        {a.outcome || a.sentiment ? (
          <div className="flex flex-wrap gap-2">
            {a.outcome ? (
              <Pill
                label="Outcome"
                value={humanize(a.outcome)}
                className="bg-indigo-100 text-indigo-950 dark:bg-indigo-900/60 dark:text-indigo-50"
              />
            ) : null}
            {a.analysisOutcome ? (
              <Pill
                label="Analysis outcome"
                value={humanize(a.analysisOutcome)}
                className="bg-indigo-50 text-indigo-950 dark:bg-indigo-950 dark:text-indigo-100"
              />
            ) : null}
            {a.sentiment ? (
              <Pill
                label="Sentiment"
                value={humanize(a.sentiment)}
                className={TONE[sentimentTone(a.sentiment)]}
              />
            ) : null}
          </div>
        ) : null}
        {a.summary ? (
          <div>
            <p className="text-[15px] leading-relaxed whitespace-pre-wrap break-words">
              {a.summary}
            </p>
            {a.summarySource === 'analysis.summary' ? (
              <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
                From analysis.summary (ai_summary is empty).
              </p>
            ) : null}
          </div>
        ) : isLiveCall(call) ? null : waiting ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Not written yet: the API writes the summary a few seconds after the call ends.
          </p>
        ) : nothing ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            No summary or analysis for this call.
          </p>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">No summary text.</p>
        )}
        {a.extracted.length > 0 ? <ExtractedData groups={a.extracted} /> : null}
        {a.rest ? (
          <Disclosure
            className="rounded-md border border-slate-200 dark:border-slate-700"
            summaryClassName="cursor-pointer px-3 py-2 text-sm font-medium"
            summary="Other analysis fields"
          >
            {() => (
              <div className="border-t border-slate-200 px-3 py-2 dark:border-slate-700">
                <LazyJsonTree value={a.rest} label="Other analysis fields" expandAll />
              </div>
            )}
          </Disclosure>
        ) : null}
      </div>
    </Section>
  );
}
