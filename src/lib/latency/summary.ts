import { formatMs } from '../format';
import type { ComponentStats } from './components';
import type { ConnectReadout } from './connect';
import { longLabel, shortLabel } from './segments';
import type { TurnChain } from './turns';

/** Formats a 0–1 share as a whole percent ("48%"). */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return '—';
  return `${Math.round(share * 100)}%`;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** "Median turn 1.20 s; 3 of 14 turns over 800 ms; LLM is 48% of the time." */
export function turnsSummary(
  chains: readonly TurnChain[],
  medianMs: number | null,
  targetMs: number,
  biggest: { type: string; share: number } | null,
): string {
  if (chains.length === 0) return 'No turns measured yet.';
  const over = chains.filter((c) => c.totalMs > targetMs).length;
  const parts = [
    `Median turn ${formatMs(medianMs)}`,
    `${over.toLocaleString('en-US')} of ${plural(chains.length, 'turn')} over ${formatMs(targetMs)}`,
  ];
  if (biggest && biggest.share > 0) {
    parts.push(`${shortLabel(biggest.type)} is ${formatShare(biggest.share)} of the time`);
  }
  return `${parts.join('; ')}.`;
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
  return `Slowest turn: ${top.turn} at ${formatMs(top.totalMs)}${mostly}.`;
}

/** "Turn 14: 2.30 s, 1.50 s over the 800 ms target; LLM is 61%." */
export function waterfallSummary(chain: TurnChain, targetMs: number): string {
  const diff = chain.totalMs - targetMs;
  const vsTarget =
    diff > 0
      ? `${formatMs(diff)} over the ${formatMs(targetMs)} target`
      : `within the ${formatMs(targetMs)} target`;
  const mostly = chain.dominant
    ? `; ${shortLabel(chain.dominant.type)} is ${formatShare(chain.dominant.share)}`
    : '';
  return `Turn ${chain.turn}: ${formatMs(chain.totalMs)}, ${vsTarget}${mostly}.`;
}
