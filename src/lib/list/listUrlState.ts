/**
 * The calls list view lives in the URL (`/calls?status=failed&page=2`), so a link shares the
 * exact view and going back from a call restores it. These pure functions are the only place
 * that knows the parameter names; anything unexpected in a hand-edited URL falls back to the
 * default instead of breaking the page.
 */

import { knownStatus } from '../../api/callStatus';
import { parseLatencySort, writeLatencySort } from './latencySort';

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 25;

export const DIRECTIONS = ['inbound', 'outbound'] as const;

export interface ListState {
  /** 1-based page number. */
  page: number;
  pageSize: PageSize;
  /** Sent to the API. */
  status: string;
  agentId: string;
  /** Applied in the browser to the loaded page only: the API cannot filter on these. */
  outcome: string;
  endReason: string;
  direction: string;
  q: string;
  /** A latency column the loaded page is sorted by (`median-desc`…), '' for the API's order. */
  sort: string;
}

export const DEFAULT_LIST_STATE: ListState = {
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  status: '',
  agentId: '',
  outcome: '',
  endReason: '',
  direction: '',
  q: '',
  sort: '',
};

/** URL parameter name for each state field (short, readable in a shared link). */
const PARAM: Record<keyof ListState, string> = {
  page: 'page',
  pageSize: 'size',
  status: 'status',
  agentId: 'agent',
  outcome: 'outcome',
  endReason: 'end_reason',
  direction: 'direction',
  q: 'q',
  sort: 'sort',
};

/** The filters that narrow the result; page and page size are not filters. */
export const FILTER_KEYS = ['status', 'agentId', 'outcome', 'endReason', 'direction', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const CLIENT_FILTER_KEYS = ['outcome', 'endReason', 'direction', 'q'] as const;

function text(params: URLSearchParams, key: keyof ListState, max = 200): string {
  return (params.get(PARAM[key]) ?? '').trim().slice(0, max);
}

export function readListState(params: URLSearchParams): ListState {
  const page = Number(params.get(PARAM.page));
  const size = Number(params.get(PARAM.pageSize));
  const direction = text(params, 'direction');
  return {
    page: Number.isInteger(page) && page >= 1 && page <= 1_000_000 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size)
      ? (size as PageSize)
      : DEFAULT_PAGE_SIZE,
    // `IN_PROGRESS` or `in-progress` in a link means the documented `in_progress`: the filter
    // shows it selected and the API is asked with the documented spelling.
    status: knownStatus(text(params, 'status')) ?? text(params, 'status'),
    agentId: text(params, 'agentId'),
    outcome: text(params, 'outcome'),
    endReason: text(params, 'endReason'),
    direction: (DIRECTIONS as readonly string[]).includes(direction) ? direction : '',
    // The search box keeps what was typed (spaces included) so typing is not disturbed.
    q: (params.get(PARAM.q) ?? '').slice(0, 100),
    sort: writeLatencySort(parseLatencySort(text(params, 'sort'))),
  };
}

/** Only non-default values are written, so the plain list stays at a clean `/calls`. */
export function writeListState(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAM) as (keyof ListState)[]) {
    const value = state[key];
    if (value === DEFAULT_LIST_STATE[key] || value === '') continue;
    params.set(PARAM[key], String(value));
  }
  return params;
}

/**
 * Applies a change. Changing any filter or the page size goes back to page 1, because the old
 * page number means nothing in a different result set.
 */
export function updateListState(state: ListState, change: Partial<ListState>): ListState {
  const next = { ...state, ...change };
  const resetsPage = (Object.keys(change) as (keyof ListState)[]).some(
    // Sorting reorders the loaded page only: it stays on the same page.
    (key) => key !== 'page' && key !== 'sort' && change[key] !== state[key],
  );
  if (resetsPage && change.page === undefined) next.page = 1;
  return next;
}

export function clearFilters(state: ListState): ListState {
  return { ...DEFAULT_LIST_STATE, pageSize: state.pageSize };
}

export function hasFilters(state: ListState, keys: readonly FilterKey[] = FILTER_KEYS): boolean {
  return keys.some((key) => state[key].trim() !== '');
}

export function pageOffset(state: ListState): number {
  return (state.page - 1) * state.pageSize;
}

/** The last page for a total, never below 1 (an empty list still has page 1). */
export function lastPage(total: number | null, pageSize: number): number | null {
  if (total === null || !Number.isFinite(total) || total < 0) return null;
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A `/calls?…` href for a state, for links (pagination, "clear filters"). */
export function listHref(state: ListState): string {
  const query = writeListState(state).toString();
  return query ? `/calls?${query}` : '/calls';
}
