import type { Call } from '../../api/schema';

/**
 * Filters the API does not offer (outcome, end reason, direction, number search). They run in
 * the browser over the calls already loaded, so they only ever see the current page; the page
 * says so next to the results.
 */
export interface ClientFilters {
  outcome: string;
  endReason: string;
  direction: string;
  q: string;
}

/** Marks "has no value" in the outcome / end reason selects, e.g. calls without an outcome. */
export const NONE_VALUE = '(none)';

function matchesValue(actual: string | null, wanted: string): boolean {
  if (!wanted) return true;
  if (wanted === NONE_VALUE) return actual === null || actual.trim() === '';
  return actual === wanted;
}

function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/**
 * Number search: digits are compared without formatting, so "415 555-0100", "+1 (415) 555 0100"
 * and "4155550100" all find +14155550100. A query with no digits matches the text of the
 * numbers, room name or call id instead, so a pasted id fragment also finds its call.
 */
export function matchesSearch(call: Call, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const numbers = [call.from_number, call.to_number].filter((n): n is string => !!n);
  const qDigits = digitsOf(q);
  // Only treat it as a phone search when it looks like one (digits and phone punctuation).
  if (qDigits.length > 0 && /^[\d\s()+.-]+$/.test(q)) {
    if (numbers.some((n) => digitsOf(n).includes(qDigits))) return true;
  }
  const haystack = [...numbers, call.id, call.room_name ?? '', call.twilio_call_sid ?? '']
    .join(' ')
    .toLowerCase();
  return haystack.includes(q);
}

export function matchesClientFilters(call: Call, filters: ClientFilters): boolean {
  return (
    matchesValue(call.outcome, filters.outcome) &&
    matchesValue(call.end_reason, filters.endReason) &&
    (!filters.direction || call.direction === filters.direction) &&
    matchesSearch(call, filters.q)
  );
}

export function applyClientFilters(calls: readonly Call[], filters: ClientFilters): Call[] {
  return calls.filter((call) => matchesClientFilters(call, filters));
}

/**
 * The values to offer in a select: those present in the loaded calls, sorted, plus the current
 * selection (so a value from a shared link stays selectable when this page lacks it), plus
 * NONE_VALUE when some calls have no value.
 */
export function valueOptions(
  calls: readonly Call[],
  field: 'outcome' | 'end_reason',
  selected = '',
): string[] {
  const values = new Set<string>();
  let hasNone = false;
  for (const call of calls) {
    const value = call[field];
    if (value === null || value.trim() === '') hasNone = true;
    else values.add(value);
  }
  if (selected && selected !== NONE_VALUE) values.add(selected);
  const sorted = [...values].sort((a, b) => a.localeCompare(b));
  if (hasNone || selected === NONE_VALUE) sorted.push(NONE_VALUE);
  return sorted;
}

/**
 * Whether a search looks like a call id (a UUID, or an id like `call_abc123` from the guides),
 * so the list can offer to open it directly when the loaded page does not hold it.
 */
export function looksLikeCallId(query: string): boolean {
  const q = query.trim();
  return (
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(q) ||
    /^call_[A-Za-z0-9_-]+$/.test(q)
  );
}
