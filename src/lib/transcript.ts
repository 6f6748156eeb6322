import { isRecord, toJsonText } from './json';
import { contentText, type ConversationItem, type SpeakerRole } from './messages';

/**
 * The deprecated `transcript` field: a string today, an array of `{role, content}` in older
 * responses. Both become lines with an optional speaker, so the transcript view and the
 * conversation fallback (when `messages` is empty) read the same.
 */
export interface TranscriptLine {
  /** "agent" / "user" when recognised, the raw speaker label otherwise, null when none. */
  speaker: string | null;
  role: SpeakerRole | null;
  text: string;
  json: boolean;
}

export type Transcript =
  | { kind: 'none' }
  | { kind: 'text'; text: string; lines: TranscriptLine[] }
  | { kind: 'turns'; lines: TranscriptLine[] };

const AGENT_NAMES = new Set(['agent', 'assistant', 'bot', 'ai']);
const USER_NAMES = new Set(['user', 'caller', 'customer', 'human']);

export function speakerRole(label: string): SpeakerRole | null {
  const name = label.trim().toLowerCase();
  if (AGENT_NAMES.has(name)) return 'agent';
  if (USER_NAMES.has(name)) return 'user';
  return null;
}

// "Agent: hello" — a short speaker label at the start of a line. Long prefixes are prose.
const SPEAKER_LINE = /^\s*([A-Za-z][\w .'-]{0,24}?)\s*:\s?(.*)$/;

/** Splits a transcript string into speaker lines; unlabelled lines continue the previous one. */
export function parseTranscriptText(text: string): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const match = SPEAKER_LINE.exec(raw);
    const role = match ? speakerRole(match[1]!) : null;
    if (match && role) {
      lines.push({ speaker: match[1]!.trim(), role, text: match[2] ?? '', json: false });
    } else if (lines.length > 0) {
      const last = lines[lines.length - 1]!;
      last.text = last.text === '' ? raw : `${last.text}\n${raw}`;
    } else if (raw.trim() !== '') {
      lines.push({ speaker: null, role: null, text: raw, json: false });
    }
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\n+$/, '') }));
}

export function normaliseTranscript(value: unknown): Transcript {
  if (typeof value === 'string') {
    if (value.trim() === '') return { kind: 'none' };
    return { kind: 'text', text: value, lines: parseTranscriptText(value) };
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'none' };
    const lines = value.map((entry): TranscriptLine => {
      if (isRecord(entry) && typeof entry.role === 'string') {
        const c = contentText(entry.content);
        return {
          speaker: entry.role,
          role: speakerRole(entry.role),
          text: c.empty ? '' : c.text,
          json: c.json,
        };
      }
      return {
        speaker: null,
        role: null,
        text: toJsonText(entry),
        json: typeof entry !== 'string',
      };
    });
    return { kind: 'turns', lines };
  }
  return { kind: 'none' };
}

/** The transcript as conversation items, for calls whose `messages` is empty. */
export function transcriptToItems(transcript: Transcript): ConversationItem[] {
  if (transcript.kind === 'none') return [];
  return transcript.lines.map((line, i): ConversationItem => {
    const key = `t${i}`;
    const searchText = `${line.speaker ?? ''}\n${line.text}`.toLowerCase();
    if (line.role) {
      return {
        kind: 'speech',
        key,
        indexes: [],
        role: line.role,
        text: line.text,
        json: line.json,
        empty: line.text === '',
        searchText,
      };
    }
    return {
      kind: 'other',
      key,
      indexes: [],
      label: line.speaker ? `Speaker "${line.speaker}"` : 'Text',
      text: line.text,
      json: line.json,
      searchText,
    };
  });
}

/** The transcript as plain text, for copying: the text as sent, or the legacy turns as lines. */
export function transcriptPlainText(transcript: Transcript): string {
  if (transcript.kind === 'none') return '';
  if (transcript.kind === 'text') return transcript.text;
  return transcript.lines.map((l) => (l.speaker ? `${l.speaker}: ${l.text}` : l.text)).join('\n');
}
