import { formatDateTime, formatDuration, formatUtc, parseDate } from '../format';
import { isRecord, toJsonText } from '../json';

/**
 * Reading the fields of one message object: its text, its time, and every other key.
 * `messages` is typed `any[]` by the API, so nothing here assumes more than it checks.
 */

export interface ContentText {
  text: string;
  /** The content was not plain text (nested parts, an object) and is shown as JSON. */
  json: boolean;
  /** Null, undefined or an empty string. */
  empty: boolean;
}

/**
 * Message content as text. Plain strings stay as they are; content-part arrays whose parts are
 * all text (`[{type: "text", text}]`, newer SDKs) are joined; anything else becomes JSON.
 */
export function contentText(content: unknown): ContentText {
  if (content === null || content === undefined) return { text: '', json: false, empty: true };
  if (typeof content === 'string') return { text: content, json: false, empty: content === '' };
  if (typeof content === 'number' || typeof content === 'boolean') {
    return { text: String(content), json: false, empty: false };
  }
  if (Array.isArray(content)) {
    const parts = content.map((part) =>
      typeof part === 'string'
        ? part
        : isRecord(part) && typeof part.text === 'string'
          ? part.text
          : null,
    );
    if (parts.length > 0 && parts.every((p) => p !== null)) {
      const text = parts.join('\n');
      return { text, json: false, empty: text === '' };
    }
  }
  if (isRecord(content) && typeof content.text === 'string' && Object.keys(content).length <= 2) {
    return { text: content.text, json: false, empty: content.text === '' };
  }
  return { text: toJsonText(content), json: true, empty: false };
}

/** Where a message's text may be, in the order they are tried. */
export const TEXT_KEYS = ['content', 'text', 'message'] as const;

export interface MessageText extends ContentText {
  /** The key the text was read from; null when the message has none of TEXT_KEYS. */
  key: string | null;
}

/**
 * The first of `content`, `text` and `message` that holds something; when all are empty, the
 * first one present (so an empty message still says it is empty).
 */
export function messageText(message: Record<string, unknown>): MessageText {
  // The common case, without the intermediate objects: a long call has thousands.
  const content = Object.hasOwn(message, 'content') ? message.content : undefined;
  if (typeof content === 'string' && content !== '') {
    return { text: content, json: false, empty: false, key: 'content' };
  }
  let firstEmpty: MessageText | null = null;
  for (const key of TEXT_KEYS) {
    if (!Object.hasOwn(message, key)) continue;
    const c = contentText(message[key]);
    if (!c.empty) return { ...c, key };
    firstEmpty ??= { ...c, key };
  }
  return firstEmpty ?? { text: '', json: false, empty: true, key: null };
}

/** One time field as shown beside its message; `title` keeps the value as sent. */
export interface MessageTime {
  text: string;
  title: string;
  /** The keys shown, so they are not listed again among the other fields. */
  keys: string[];
  /** ISO date-time when the value was an absolute date (for `<time dateTime>`). */
  dateTime: string | null;
}

/** Keys holding seconds since the call started. */
const OFFSET_KEYS = ['seconds_from_start'] as const;
/** Keys holding an absolute time. */
const ABSOLUTE_KEYS = ['time', 'timestamp', 'created_at'] as const;

function seconds(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

function raw(key: string, value: unknown): string {
  return `${key}: ${typeof value === 'string' ? value : toJsonText(value, 0)}`;
}

// Only a value that starts like an ISO date is read as one: `new Date("12")` is a date too.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * The message's time, when it has one: `start`/`end` or `seconds_from_start` (seconds since the
 * call started) as 0:42, or `time`/`timestamp`/`created_at` as a local date-time when they hold an
 * ISO date. A value of another form (an epoch number, say: seconds or milliseconds?) is shown as
 * sent, with its key, rather than guessed.
 */
export function messageTime(message: Record<string, unknown>): MessageTime | null {
  const parts: string[] = [];
  const titles: string[] = [];
  const keys: string[] = [];
  let dateTime: string | null = null;
  const has = (key: string) =>
    Object.hasOwn(message, key) && message[key] !== null && message[key] !== undefined;

  const start = has('start') ? message.start : undefined;
  const end = has('end') ? message.end : undefined;
  if (start !== undefined || end !== undefined) {
    const s = seconds(start);
    const e = seconds(end);
    const ok = (start === undefined || s !== null) && (end === undefined || e !== null);
    if (ok) {
      parts.push(
        s !== null && e !== null
          ? `${formatDuration(s)}–${formatDuration(e)}`
          : s !== null
            ? `from ${formatDuration(s)}`
            : `until ${formatDuration(e)}`,
      );
    } else {
      if (start !== undefined) parts.push(raw('start', start));
      if (end !== undefined) parts.push(raw('end', end));
    }
    if (start !== undefined) {
      keys.push('start');
      titles.push(raw('start', start));
    }
    if (end !== undefined) {
      keys.push('end');
      titles.push(raw('end', end));
    }
  }
  for (const key of OFFSET_KEYS) {
    if (!has(key)) continue;
    const s = seconds(message[key]);
    parts.push(s !== null ? formatDuration(s) : raw(key, message[key]));
    titles.push(raw(key, message[key]));
    keys.push(key);
  }
  for (const key of ABSOLUTE_KEYS) {
    if (!has(key)) continue;
    const value = message[key];
    const date = typeof value === 'string' && ISO_DATE.test(value) ? parseDate(value) : null;
    if (date) {
      parts.push(formatDateTime(value as string));
      titles.push(`${key}: ${value as string} (${formatUtc(value as string)})`);
      dateTime ??= date.toISOString();
    } else {
      parts.push(raw(key, value));
      titles.push(raw(key, value));
    }
    keys.push(key);
  }
  if (parts.length === 0) return null;
  return { text: parts.join(' · '), title: titles.join('\n'), keys, dateTime };
}

export interface ExtraField {
  key: string;
  text: string;
  /** The value is not a string and is shown as compact JSON. */
  json: boolean;
}

/**
 * Every key the item does not already show, in the order sent: unknown keys are data too (a
 * confidence, a language, an interruption flag) and are never dropped. Text keys that are
 * empty say nothing and are left out.
 */
export function extraFields(
  message: Record<string, unknown>,
  shown: ReadonlySet<string>,
): ExtraField[] {
  const extras: ExtraField[] = [];
  for (const [key, value] of Object.entries(message)) {
    if (shown.has(key)) continue;
    if ((TEXT_KEYS as readonly string[]).includes(key) && contentText(value).empty) continue;
    const json = typeof value !== 'string';
    extras.push({ key, text: json ? toJsonText(value, 0) : value, json });
  }
  return extras;
}
