/**
 * Search over normalised conversation items, not the DOM: the conversation is virtualized, so
 * most items are not rendered, and search must still find them.
 */

export interface SearchHit {
  /** Position in the items array. */
  item: number;
  /** Which occurrence inside that item (0-based). */
  nth: number;
}

export function countOccurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at === -1) return count;
    count += 1;
    from = at + needle.length;
  }
}

/** Every occurrence of `query` (case-insensitive) in order; empty for a blank query. */
export function searchItems(items: readonly { searchText: string }[], query: string): SearchHit[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [];
  const hits: SearchHit[] = [];
  items.forEach((item, i) => {
    const n = countOccurrences(item.searchText, needle);
    for (let nth = 0; nth < n; nth++) hits.push({ item: i, nth });
  });
  return hits;
}

/** Next (+1) or previous (-1) hit position, wrapping around. */
export function stepHit(current: number, total: number, direction: 1 | -1): number {
  if (total <= 0) return -1;
  if (current < 0) return direction === 1 ? 0 : total - 1;
  return (current + direction + total) % total;
}

export interface TextPart {
  text: string;
  match: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits text into plain and matching parts, for <mark> highlighting. */
export function splitMatches(text: string, query: string): TextPart[] {
  const needle = query.trim();
  if (needle === '' || text === '') return [{ text, match: false }];
  // A case-insensitive regex on the original text keeps positions right even where
  // lower-casing changes a string's length.
  const pattern = new RegExp(escapeRegExp(needle), 'gi');
  const parts: TextPart[] = [];
  let from = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > from) parts.push({ text: text.slice(from, m.index), match: false });
    parts.push({ text: m[0], match: true });
    from = m.index + m[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false });
  return parts.length > 0 ? parts : [{ text, match: false }];
}
