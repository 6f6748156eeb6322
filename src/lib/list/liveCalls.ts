import type { Call } from '../../api/schema';
import { parseDate } from '../format';

/**
 * The API has no multi-status filter, so live calls arrive as one page per live status.
 * Merges them: one entry per id (a call can change status between two requests; the most
 * recently updated copy wins), newest first.
 */
export function mergeLiveCalls(pages: readonly (readonly Call[] | undefined)[]): Call[] {
  const byId = new Map<string, Call>();
  for (const page of pages) {
    for (const call of page ?? []) {
      const seen = byId.get(call.id);
      if (!seen || timeOf(call.updated_at) >= timeOf(seen.updated_at)) byId.set(call.id, call);
    }
  }
  return [...byId.values()].sort(
    (a, b) => timeOf(b.started_at ?? b.created_at) - timeOf(a.started_at ?? a.created_at),
  );
}

function timeOf(value: string | null): number {
  return parseDate(value)?.getTime() ?? 0;
}
