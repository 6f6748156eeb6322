import type { Ref } from 'react';
import { isLiveCall, knownStatus, statusLabel } from '../../../../api/callStatus';
import type { StopResult } from '../../../../api/mutations';
import type { Call } from '../../../../api/schema';
import { formatEndReason } from '../../../../lib/format';
import { stopOutcome } from '../../../../api/stopAnswer';
import { Notice, type NoticeTone } from '../../../ui/Notice';

/** "in progress", or an undocumented status quoted exactly as sent. */
function statusWords(status: string): string {
  return knownStatus(status) ? statusLabel(status).toLowerCase() : `“${status}”`;
}

function endedWords(call: Call): string {
  return call.end_reason ? ` (${formatEndReason(call.end_reason)})` : '';
}

/**
 * What the call shows now, after a stop without a definite answer: read again at once, and
 * followed by the page's polling, so this changes as the call does.
 */
function callNow(call: Call, updatedAt: number, answeredAt: number) {
  if (updatedAt < answeredAt) return { ended: false, text: 'Checking the call…' };
  if (isLiveCall(call)) {
    return {
      ended: false,
      text: `The call still shows as ${statusWords(call.status)}: stop it again if it must end.`,
    };
  }
  return { ended: true, text: `The call has ended${endedWords(call)}.` };
}

/** What the stop did, in words, as far as it is known. Focus lands here when the dialog closes. */
export function StopOutcomeNotice({
  result,
  call,
  updatedAt,
  ref,
}: {
  result: StopResult;
  /** The call as the page shows it now (polled). */
  call: Call;
  /** When `call` was fetched. */
  updatedAt: number;
  ref?: Ref<HTMLDivElement>;
}) {
  let lines: string[];
  let tone: NoticeTone;
  if (result.kind === 'answered') {
    const answered = result.call;
    const outcome = stopOutcome(result.before, answered);
    tone = outcome === 'stopped' ? 'success' : 'neutral';
    lines = [
      outcome === 'stopped'
        ? 'Call stopped.'
        : outcome === 'already-ended'
          ? `This call had already ended${endedWords(answered)} before the stop reached it. Nothing was stopped.`
          : `Stop sent. The API still reports the call as ${statusWords(answered.status)}; the page keeps watching it.`,
    ];
  } else {
    const now = callNow(call, updatedAt, result.answeredAt);
    const { error } = result;
    tone = now.ended ? 'neutral' : 'warning';
    lines =
      result.kind === 'already-ended'
        ? ['The API says this call had already ended (HTTP 409). Nothing was stopped.', now.text]
        : [
            `No clear answer came back (${error.status ? `HTTP ${error.status}` : 'no response'}), so the stop may have reached the call.`,
            now.text,
            `Details: ${error.message}`,
          ];
  }
  return (
    <Notice
      ref={ref}
      tone={tone}
      role="status"
      tabIndex={-1}
      className="space-y-1 outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
    >
      {lines.map((line, i) => (
        <p key={i} className={i === 0 ? 'font-medium' : i === 2 ? 'text-xs opacity-80' : ''}>
          {line}
        </p>
      ))}
    </Notice>
  );
}
