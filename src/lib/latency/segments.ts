import { lookup } from '../lookup';
import { COMPONENT_SHORT } from './completeness';

export { COMPONENT_KEYS, type ComponentKey } from './completeness';

/**
 * Names, order and labels of latency segment types.
 *
 * A turn's response cycle runs: end-of-utterance detection → speech-to-text → knowledge base →
 * tools → LLM first token → TTS first byte. Types the API adds later are kept under their own
 * name and placed after the known ones, in the order they first appear.
 */

const KNOWN_ORDER = ['eou_delay', 'stt', 'kb'] as const;
const AFTER_TOOLS = ['llm_ttft', 'tts_ttfb'] as const;

export function isToolType(type: string): boolean {
  return type === 'tool' || type.startsWith('tool:');
}

/** Rank used to sort segments inside a turn; unknown types sort last (ties keep input order). */
export function segmentRank(type: string): number {
  const known = (KNOWN_ORDER as readonly string[]).indexOf(type);
  if (known >= 0) return known;
  if (isToolType(type)) return KNOWN_ORDER.length;
  const after = (AFTER_TOOLS as readonly string[]).indexOf(type);
  if (after >= 0) return KNOWN_ORDER.length + 1 + after;
  return 100;
}

/** Sorts types into response-cycle order; equal ranks keep their first-seen order. */
export function orderTypes(types: Iterable<string>): string[] {
  const firstSeen = [...new Set(types)];
  return firstSeen
    .map((type, i) => ({ type, i, rank: segmentRank(type) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((t) => t.type);
}

const SHORT: Record<string, string> = { ...COMPONENT_SHORT, kb: 'KB', tool: 'Tool' };

const LONG: Record<string, string> = {
  eou_delay: 'End-of-utterance delay',
  stt: 'Speech-to-text',
  kb: 'Knowledge base',
  llm_ttft: 'LLM time to first token',
  tts_ttfb: 'TTS time to first byte',
  tool: 'Tool (unnamed)',
};

export function shortLabel(type: string): string {
  const short = lookup(SHORT, type);
  if (short) return short;
  if (type.startsWith('tool:')) return `Tool ${type.slice(5)}`;
  return type;
}

export function longLabel(type: string): string {
  const long = lookup(LONG, type);
  if (long) return long;
  if (type.startsWith('tool:')) return `Tool: ${type.slice(5)}`;
  return type;
}

const COLOURS: Record<string, string> = {
  eou_delay: '#8b5cf6',
  stt: '#0ea5e9',
  kb: '#f59e0b',
  llm_ttft: '#6366f1',
  tts_ttfb: '#10b981',
};
const TOOL_COLOURS = ['#f97316', '#ef4444', '#ec4899', '#d946ef', '#e11d48'];
const OTHER_COLOURS = ['#64748b', '#78716c', '#14b8a6', '#84cc16', '#a3a3a3'];

/** A colour per type; tools and unknown types cycle through their own small palettes. */
export function segmentColour(type: string, indexAmongSimilar = 0): string {
  const colour = lookup(COLOURS, type);
  if (colour) return colour;
  const palette = isToolType(type) ? TOOL_COLOURS : OTHER_COLOURS;
  return palette[indexAmongSimilar % palette.length]!;
}
