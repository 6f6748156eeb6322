import type { Call } from '../../api/schema';
import { isRecord, toJsonText } from '../json';

/**
 * Reads the summary-related fields of a call. `analysis` is an open object in the API
 * (`{outcome, summary, sentiment?, extracted_data?}` seen so far), so every field is checked and
 * anything unexpected ends up in `rest`, shown as a JSON tree rather than dropped.
 */
export interface ExtractedField {
  field: string;
  text: string;
  /** The value was an object/array and is shown as JSON. */
  json: boolean;
  empty: boolean;
}

export interface ExtractedGroup {
  name: string;
  fields: ExtractedField[];
  /** The group itself was not an object: its value as text. */
  value: string | null;
}

export interface CallAnalysis {
  summary: string | null;
  /** Where the summary came from. */
  summarySource: 'ai_summary' | 'analysis.summary' | null;
  outcome: string | null;
  /** analysis.outcome, when it differs from call.outcome. */
  analysisOutcome: string | null;
  sentiment: string | null;
  extracted: ExtractedGroup[];
  /** extracted_data was present but not an object. */
  extractedRaw: unknown;
  /** The rest of `analysis`, minus the keys shown above. null when nothing is left. */
  rest: Record<string, unknown> | null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function fieldOf(field: string, value: unknown): ExtractedField {
  if (value === null || value === undefined || value === '') {
    return { field, text: value === '' ? '(empty)' : '—', json: false, empty: true };
  }
  if (typeof value === 'object')
    return { field, text: toJsonText(value), json: true, empty: false };
  return { field, text: String(value), json: false, empty: false };
}

const SHOWN_KEYS = new Set(['summary', 'outcome', 'sentiment', 'extracted_data']);

export function readAnalysis(
  call: Pick<Call, 'ai_summary' | 'analysis' | 'outcome'>,
): CallAnalysis {
  const analysis = call.analysis ?? {};
  const aiSummary = text(call.ai_summary);
  const analysisSummary = text(analysis.summary);
  const outcome = text(call.outcome) ?? text(analysis.outcome);
  const analysisOutcome = text(analysis.outcome);

  const extracted: ExtractedGroup[] = [];
  let extractedRaw: unknown = undefined;
  const data = analysis.extracted_data;
  if (isRecord(data)) {
    for (const [name, group] of Object.entries(data)) {
      if (isRecord(group)) {
        extracted.push({
          name,
          fields: Object.entries(group).map(([f, v]) => fieldOf(f, v)),
          value: null,
        });
      } else {
        extracted.push({ name, fields: [], value: fieldOf(name, group).text });
      }
    }
  } else if (data !== undefined && data !== null) {
    extractedRaw = data;
  }

  const restEntries = Object.entries(analysis).filter(([k]) => !SHOWN_KEYS.has(k));
  // A summary/outcome/sentiment that is not a plain string is not shown above; keep it visible.
  for (const key of ['summary', 'outcome', 'sentiment'] as const) {
    if (key in analysis && analysis[key] !== null && text(analysis[key]) === null) {
      restEntries.push([key, analysis[key]]);
    }
  }
  if (extractedRaw !== undefined) restEntries.push(['extracted_data', extractedRaw]);
  // ai_summary wins; a different analysis.summary is still shown, with the other fields.
  if (aiSummary && analysisSummary && analysisSummary.trim() !== aiSummary.trim()) {
    restEntries.push(['summary', analysisSummary]);
  }

  return {
    summary: aiSummary ?? analysisSummary,
    summarySource: aiSummary ? 'ai_summary' : analysisSummary ? 'analysis.summary' : null,
    outcome,
    analysisOutcome: analysisOutcome && analysisOutcome !== outcome ? analysisOutcome : null,
    sentiment: text(analysis.sentiment),
    extracted,
    extractedRaw,
    rest: restEntries.length > 0 ? Object.fromEntries(restEntries) : null,
  };
}

export type SentimentTone = 'positive' | 'neutral' | 'negative' | 'unknown';

export function sentimentTone(sentiment: string | null): SentimentTone {
  const s = sentiment?.trim().toLowerCase() ?? '';
  if (s === '') return 'unknown';
  if (/^(positive|pos|happy|satisfied|good)/.test(s)) return 'positive';
  if (/^(negative|neg|angry|frustrated|upset|bad)/.test(s)) return 'negative';
  if (/^(neutral|mixed)/.test(s)) return 'neutral';
  return 'unknown';
}
