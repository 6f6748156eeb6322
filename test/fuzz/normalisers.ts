import type { Call } from '../../src/api/schema';
import { isLiveStatus, judgeStatus } from '../../src/api/callStatus';
import {
  formatCents,
  formatDateTime,
  formatDuration,
  formatEndReason,
  formatMs,
  formatPhone,
  formatRelative,
  formatUtc,
  humanize,
} from '../../src/lib/format';
import { readAnalysis, sentimentTone } from '../../src/lib/summary/readAnalysis';
import { concurrencyAtDispatch, formatCredits } from '../../src/lib/callFacts';
import { matchesSearch } from '../../src/lib/list/callFilters';
import { searchItems } from '../../src/lib/conversation/search';
import { prettyJsonText, toJsonText } from '../../src/lib/json';
import { analyseLatency } from '../../src/lib/latency/analysis';
import { readEvents } from '../../src/lib/latency/events';
import { groupTurns } from '../../src/lib/latency/turns';
import { slowestSummary } from '../../src/lib/latency/summary';
import { normaliseMessages } from '../../src/lib/conversation/messages';
import { hasPostCallData, pollingPhase } from '../../src/api/polling';
import { safeHttpUrl } from '../../src/lib/safeUrl';
import { normaliseTranscript, transcriptToItems } from '../../src/lib/conversation/transcript';
import { linkTurnsToMessages } from '../../src/lib/latency/turnLink';

/**
 * Runs every pure normaliser in src/lib over a parsed call and checks their promises:
 * they never throw, formatters never print "NaN"/"undefined", and safeHttpUrl only ever
 * lets an absolute http(s) URL through.
 */
export function exerciseNormalisers(call: Call): void {
  const texts = [
    formatPhone(call.from_number),
    formatPhone(call.to_number),
    formatDateTime(call.started_at),
    formatUtc(call.ended_at),
    formatRelative(call.created_at, 0),
    formatDuration(call.duration_seconds),
    formatEndReason(call.end_reason),
    formatCents(call.cost_cents),
    formatMs(call.duration_seconds),
    humanize(call.status),
    humanize(call.type),
    humanize(call.outcome),
  ];
  for (const text of texts) {
    if (typeof text !== 'string' || /\bNaN\b|\bundefined\b/.test(text)) {
      // A value from the API may itself contain "NaN"; only fail when the input did not.
      const inputs = JSON.stringify(call.raw);
      if (!inputs.includes('NaN') && !inputs.includes('undefined')) {
        throw new Error(`A formatter printed ${JSON.stringify(text)}`);
      }
    }
  }
  isLiveStatus(call.status);
  judgeStatus(call);

  const url = safeHttpUrl(call.recording_url);
  if (url !== null && !/^https?:\/\//.test(url)) {
    throw new Error(`safeHttpUrl let through ${url}`);
  }

  const events = readEvents(call.latency);
  for (const e of events.valid) {
    if (!Number.isInteger(e.turn) || !Number.isFinite(e.ms) || e.ms < 0) {
      throw new Error(`readEvents accepted ${JSON.stringify(e)}`);
    }
  }
  linkTurnsToMessages(call.messages, groupTurns(events.valid));

  // The call page's other normalisers: each must take anything the schema lets through.
  const items = normaliseMessages(call.messages);
  const transcriptItems = transcriptToItems(normaliseTranscript(call.transcript));
  searchItems([...items, ...transcriptItems], 'a');
  const analysis = readAnalysis(call);
  sentimentTone(analysis.sentiment);
  formatCredits(call.credits_used);
  concurrencyAtDispatch(call.metadata);
  const latency = analyseLatency(call.latency);
  slowestSummary([...latency.chains].sort((a, b) => b.totalMs - a.totalMs));
  hasPostCallData(call);
  pollingPhase(call, {
    now: Date.now(),
    updatedAt: Date.now(),
    terminalSeenAt: null,
    seenLive: false,
    postCallSeenAt: null,
  });
  matchesSearch(call, 'x');
  toJsonText(call.raw);
  prettyJsonText(call.variables);
}
