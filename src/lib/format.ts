import { lookup } from './lookup';
import { renderEnv } from './renderEnv';

/** Pure formatting helpers. Every function accepts null and never returns "NaN" or "undefined". */

export const EMPTY = '—';

/** Formats E.164 numbers for reading; anything else is returned as it came. */
export function formatPhone(value: string | null | undefined): string {
  if (!value) return EMPTY;
  const digits = value.replace(/[^\d+]/g, '');
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(digits);
  if (nanp) return `+1 (${nanp[1]}) ${nanp[2]}-${nanp[3]}`;
  const uk = /^\+44(\d{4})(\d{6})$/.exec(digits);
  if (uk) return `+44 ${uk[1]} ${uk[2]}`;
  return value;
}

export function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Intl formatters are slow to create (toLocaleString with options builds one per call) and the
 * pages format on every render and every clock tick: each is built once per locale and time
 * zone (the browser's own, or a server render's: src/lib/renderEnv.ts), on first use.
 */
const formatters = new Map<
  string,
  Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat
>();
function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(
  kind: string,
  create: (locale: string | undefined, timeZone: string | undefined) => T,
): T {
  const { locale, timeZone } = renderEnv();
  const key = `${kind}|${locale ?? ''}|${timeZone ?? ''}`;
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    format = create(locale, timeZone);
    formatters.set(key, format);
  }
  return format;
}
const dateTimeFormat = () =>
  cached(
    'dateTime',
    (locale, timeZone) =>
      new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        timeZone,
      }),
  );
const relativeFormat = () =>
  cached('relative', (locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

/** A count in the reader's locale ("5,000"). */
export function formatCount(n: number, options?: Intl.NumberFormatOptions): string {
  return n.toLocaleString(renderEnv().locale, options);
}

export function formatDateTime(value: string | null | undefined): string {
  const date = parseDate(value);
  if (!date) return value ? value : EMPTY;
  return dateTimeFormat().format(date);
}

export function formatUtc(value: string | null | undefined): string {
  const date = parseDate(value);
  return date
    ? `${date
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d{3}Z$/, '')} UTC`
    : '';
}

/** 0:42, 12:05, 1:02:03. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) {
    return EMPTY;
  }
  const total = Math.floor(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** "in_progress" → "In progress", "api_stop" → "Api stop"; Title Case labels are kept. */
export function humanize(value: string | null | undefined): string {
  if (value === null || value === undefined || value.trim() === '') return EMPTY;
  if (/[A-Z]/.test(value) && !value.includes('_')) return value;
  const text = value.replace(/[_-]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const END_REASONS: Record<string, string> = {
  api_stop: 'Stopped via API',
  silence_timeout: 'Silence timeout',
  max_duration: 'Max duration reached',
  customer_hangup: 'Caller hung up',
  agent_hangup: 'Agent hung up',
  dial_failed: 'Dial failed',
  no_answer: 'No answer',
  carrier_error: 'Carrier error',
};

export function formatEndReason(value: string | null | undefined): string {
  if (!value) return EMPTY;
  return lookup(END_REASONS, value) ?? humanize(value);
}

export function formatCents(cents: number | null | undefined, currency = 'USD'): string {
  if (cents === null || cents === undefined || !Number.isFinite(cents)) return EMPTY;
  const format = cached(
    `currency ${currency}`,
    (locale) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2 }),
  );
  return format.format(cents / 100);
}

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return EMPTY;
  if (Math.abs(ms) >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (Math.abs(ms) >= 1_000) return `${(ms / 1000).toFixed(2)} s`;
  return `${Math.round(ms)} ms`;
}

/** "3 min ago", "in 2 h", for list views. */
export function formatRelative(value: string | null | undefined, now: number = Date.now()): string {
  const date = parseDate(value);
  if (!date) return EMPTY;
  const diff = Math.round((date.getTime() - now) / 1000);
  const rtf = relativeFormat();
  const abs = Math.abs(diff);
  if (abs < 60) return rtf.format(diff, 'second');
  if (abs < 3600) return rtf.format(Math.round(diff / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(diff / 3600), 'hour');
  return rtf.format(Math.round(diff / 86_400), 'day');
}

/** "Web · Inbound", but "Inbound" alone: a phone call's type already says its direction. */
export function formatTypeAndDirection(type: string, direction: string): string {
  return direction && direction !== type
    ? `${humanize(type)} · ${humanize(direction)}`
    : humanize(type);
}

/** "just now", "12 s ago", "3 min ago": how old the data on screen is. */
export function formatAge(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  if (seconds < 2) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  return `${Math.floor(minutes / 60)} h ago`;
}
