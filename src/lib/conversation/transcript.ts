import { isRecord, toJsonText } from '../json';
import { messageText } from './messageFields';
import { NO_META, type ConversationItem } from './messages';
import { normaliseRole, speakerRole, type SpeakerRole } from '../roles';

/**
 * The deprecated `transcript` field: a string today, an array of `{role, content}` in older
 * responses. Both become lines with an optional speaker, so the transcript view and the
 * conversation fallback (when `messages` is empty) read the same.
 */
export interface TranscriptLine {
  /** The speaker label as written ("Agent", "Customer", the agent's name…), null when none. */
  speaker: string | null;
  /** From the role table (src/lib/roles.ts) or the agent's name; null when not known. */
  role: SpeakerRole | null;
  text: string;
  json: boolean;
}

export type Transcript =
  | { kind: 'none' }
  | { kind: 'text'; text: string; lines: TranscriptLine[] }
  | { kind: 'turns'; lines: TranscriptLine[] };

// "Agent: hello": a short speaker label at the start of a line. Long prefixes are prose.
const SPEAKER_LINE = /^\s*([A-Za-z][\w .'-]{0,24}?)\s*:\s?(.*)$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches "<agent name>: text", whatever characters and length the name has. */
function agentNameLine(agentName: string | null | undefined): RegExp | null {
  const name = agentName?.trim();
  if (!name) return null;
  const pattern = escapeRegExp(name).replace(/\s+/g, '\\s+');
  return new RegExp(`^\\s*(${pattern})\\s*:\\s?(.*)$`, 'i');
}

/**
 * The speaker a line starts with, or null when it continues the previous line. Labels in the role
 * table and the agent's name are attributed; another capitalised label ("Maria:", "Dana:") is a
 * speaker the console cannot place, shown under its own name. Either way a labelled line is
 * never merged into the line before it.
 */
function speakerOf(raw: string, agentLine: RegExp | null): TranscriptLine | null {
  const named = agentLine?.exec(raw);
  if (named) return { speaker: named[1]!.trim(), role: 'agent', text: named[2] ?? '', json: false };
  const match = SPEAKER_LINE.exec(raw);
  if (!match) return null;
  const label = match[1]!.trim();
  const text = match[2] ?? '';
  const role = speakerRole(label);
  if (role) return { speaker: label, role, text, json: false };
  // "https://…" and lower-case prose ("note: …") are not speakers.
  if (/^[A-Z]/.test(label) && !text.startsWith('//')) {
    return { speaker: label, role: null, text, json: false };
  }
  return null;
}

/** Splits a transcript string into speaker lines; unlabelled lines continue the previous one. */
export function parseTranscriptText(text: string, agentName?: string | null): TranscriptLine[] {
  const agentLine = agentNameLine(agentName);
  const lines: TranscriptLine[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const labelled = speakerOf(raw, agentLine);
    if (labelled) {
      lines.push(labelled);
    } else if (lines.length > 0) {
      const last = lines[lines.length - 1]!;
      last.text = last.text === '' ? raw : `${last.text}\n${raw}`;
    } else if (raw.trim() !== '') {
      lines.push({ speaker: null, role: null, text: raw, json: false });
    }
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\n+$/, '') }));
}

/** `agentName` lets lines labelled with the agent's own name count as the agent. */
export function normaliseTranscript(value: unknown, agentName?: string | null): Transcript {
  if (typeof value === 'string') {
    if (value.trim() === '') return { kind: 'none' };
    return { kind: 'text', text: value, lines: parseTranscriptText(value, agentName) };
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'none' };
    const lines = value.map((entry): TranscriptLine => {
      if (isRecord(entry) && typeof entry.role === 'string') {
        const c = messageText(entry);
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
        roleLabel:
          line.speaker !== null && normaliseRole(line.speaker) !== line.role ? line.speaker : null,
        ...NO_META,
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
      ...NO_META,
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
