import { formatMs } from '../format';
import type { ComponentStats } from './components';
import type { ConnectReadout } from './connect';
import { longLabel, shortLabel } from './segments';
import type { TurnStats } from './turnStats';
import type { TurnChain } from './turns';

/** Formats a 0–1 share as a whole percent ("48%"). */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return '—';
  return `${Math.round(share * 100)}%`;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function biggestPart(biggest: { type: string; share: number } | null): string[] {
  return biggest && biggest.share > 0
    ? [`${shortLabel(biggest.type)} is ${formatShare(biggest.share)} of the time`]
    : [];
}

/**
 * "Median turn 1.20 s; 3 of 12 complete turns over 800 ms; 2 incomplete left out; LLM is 48% of
 * the time." Only complete turns count (src/lib/latency/turnStats.ts); the sentence says how many
 * were left out whenever any were.
 */
export function turnsSummary(
  stats: TurnStats,
  overTarget: number,
  targetMs: number,
  biggest: { type: string; share: number } | null,
): string {
  if (stats.measured === 0) return 'No turns measured yet.';
  const complete = stats.complete.count;
  if (complete === 0) {
    const parts = [
      `No complete turn: ${stats.measured === 1 ? 'the measured turn lacks' : `all ${plural(stats.measured, 'measured turn')} lack`} a response component, so there is no median`,
      ...biggestPart(biggest),
    ];
    return `${parts.join('; ')}.`;
  }
  const parts = [
    `Median turn ${formatMs(stats.complete.p50)}`,
    `${overTarget.toLocaleString('en-US')} of ${plural(complete, stats.incomplete > 0 ? 'complete turn' : 'turn')} over ${formatMs(targetMs)}`,
  ];
  if (stats.incomplete > 0)
    parts.push(`${stats.incomplete.toLocaleString('en-US')} incomplete left out`);
  parts.push(...biggestPart(biggest));
  return `${parts.join('; ')}.`;
}

/** "incomplete: no STT, EOU" for a turn missing response components; '' for a complete one. */
export function incompleteNote(chain: TurnChain): string {
  return chain.complete ? '' : `incomplete: no ${chain.missing.map(shortLabel).join(', ')}`;
}

/** "Slowest median: LLM time to first token at 480 ms. Missing: TTS time to first byte." */
export function componentsSummary(components: readonly ComponentStats[]): string {
  const withP50 = components.filter((c) => c.present && c.p50Ms !== null);
  const missing = components.filter((c) => !c.present).map((c) => longLabel(c.key));
  const parts: string[] = [];
  if (withP50.length > 0) {
    const slowest = withP50.reduce((a, b) => (b.p50Ms! > a.p50Ms! ? b : a));
    parts.push(`Slowest median: ${longLabel(slowest.key)} at ${formatMs(slowest.p50Ms)}.`);
  } else {
    parts.push('No component reports a median.');
  }
  if (missing.length > 0) parts.push(`Missing: ${missing.join(', ')}.`);
  const mismatched = components.filter((c) => c.samplesMismatch).map((c) => shortLabel(c.key));
  if (mismatched.length > 0) {
    parts.push(`Event counts differ from the API’s samples for ${mismatched.join(', ')}.`);
  }
  return parts.join(' ');
}

/** "Connecting took 3.20 s; Dispatch → answer was 72% of it." */
export function connectSummary(connect: ConnectReadout): string {
  if (!connect.present) return 'No connect timings in this call.';
  const known = connect.phases.filter((p) => p.ms !== null);
  if (known.length === 0) return 'The connect timings are all missing.';
  const longest = known.reduce((a, b) => (b.ms! > a.ms! ? b : a));
  const share = connect.knownTotalMs > 0 ? longest.ms! / connect.knownTotalMs : 0;
  const head =
    connect.missing.length > 0
      ? `The known phases of connecting took ${formatMs(connect.knownTotalMs)}`
      : `Connecting took ${formatMs(connect.knownTotalMs)}`;
  const tail = connect.missing.length > 0 ? ` Missing: ${connect.missing.join(', ')}.` : '';
  return `${head}; ${longest.label} was ${formatShare(share)} of it.${tail}`;
}

/** "Slowest turn: 14 at 2.30 s, mostly LLM (61%)." */
export function slowestSummary(sorted: readonly TurnChain[]): string {
  const top = sorted[0];
  if (!top) return 'No turns measured yet.';
  const mostly = top.dominant
    ? `, mostly ${shortLabel(top.dominant.type)} (${formatShare(top.dominant.share)})`
    : '';
  const incomplete = top.complete ? '' : ` (${incompleteNote(top)})`;
  return `Slowest turn: ${top.turn} at ${formatMs(top.totalMs)}${incomplete}${mostly}.`;
}

/**
 * "Turn 14: 2.30 s, 1.50 s over the 800 ms target; LLM is 61%." An incomplete turn is not
 * judged against the target: "Turn 3: 450 ms measured, incomplete: no STT, EOU; left out of the
 * statistics; LLM is 61%."
 */
export function waterfallSummary(chain: TurnChain, targetMs: number): string {
  const mostly = chain.dominant
    ? `; ${shortLabel(chain.dominant.type)} is ${formatShare(chain.dominant.share)}`
    : '';
  if (!chain.complete) {
    return `Turn ${chain.turn}: ${formatMs(chain.totalMs)} measured, ${incompleteNote(chain)}; left out of the statistics${mostly}.`;
  }
  const diff = chain.totalMs - targetMs;
  const vsTarget =
    diff > 0
      ? `${formatMs(diff)} over the ${formatMs(targetMs)} target`
      : `within the ${formatMs(targetMs)} target`;
  return `Turn ${chain.turn}: ${formatMs(chain.totalMs)}, ${vsTarget}${mostly}.`;
}
