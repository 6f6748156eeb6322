import { describe, expect, it } from 'vitest';
import {
  clearFilters,
  DEFAULT_LIST_STATE,
  hasFilters,
  lastPage,
  listHref,
  pageOffset,
  readListState,
  updateListState,
  writeListState,
  CLIENT_FILTER_KEYS,
} from '../../../src/lib/list/listUrlState';

const read = (query: string) => readListState(new URLSearchParams(query));

describe('list URL state', () => {
  it('reads every field and writes the same URL back', () => {
    const query =
      'page=3&size=50&status=failed&agent=agt_1&outcome=Voicemail&end_reason=no_answer&direction=outbound&q=415&sort=median-desc';
    const state = read(query);
    expect(state).toEqual({
      page: 3,
      pageSize: 50,
      status: 'failed',
      agentId: 'agt_1',
      outcome: 'Voicemail',
      endReason: 'no_answer',
      direction: 'outbound',
      q: '415',
      sort: 'median-desc',
    });
    expect(readListState(writeListState(state))).toEqual(state);
  });

  it('falls back to defaults for junk a hand-edited URL may hold', () => {
    expect(read('page=-2&size=7&direction=sideways&sort=cost-up')).toEqual(DEFAULT_LIST_STATE);
    expect(read('page=abc').page).toBe(1);
    expect(read('page=2.5').page).toBe(1);
  });

  it('keeps the plain list at a clean /calls', () => {
    expect(writeListState(DEFAULT_LIST_STATE).toString()).toBe('');
    expect(listHref(DEFAULT_LIST_STATE)).toBe('/calls');
    expect(listHref({ ...DEFAULT_LIST_STATE, page: 2, status: 'completed' })).toBe(
      '/calls?page=2&status=completed',
    );
  });

  it('goes back to page 1 when a filter or the page size changes, not when the page does', () => {
    const onPage3 = { ...DEFAULT_LIST_STATE, page: 3 };
    expect(updateListState(onPage3, { status: 'failed' }).page).toBe(1);
    expect(updateListState(onPage3, { pageSize: 100 }).page).toBe(1);
    expect(updateListState(onPage3, { page: 4 }).page).toBe(4);
    // Setting a filter to the value it already has is not a change.
    expect(updateListState(onPage3, { status: '' }).page).toBe(3);
  });

  it('clears filters but keeps the page size', () => {
    const state = { ...DEFAULT_LIST_STATE, pageSize: 100 as const, status: 'failed', q: '12' };
    expect(clearFilters(state)).toEqual({ ...DEFAULT_LIST_STATE, pageSize: 100 });
    expect(hasFilters(state)).toBe(true);
    expect(hasFilters(state, CLIENT_FILTER_KEYS)).toBe(true);
    expect(hasFilters({ ...state, q: '' }, CLIENT_FILTER_KEYS)).toBe(false);
  });

  it('computes offsets and the last page', () => {
    expect(pageOffset({ ...DEFAULT_LIST_STATE, page: 3 })).toBe(50);
    expect(lastPage(69, 25)).toBe(3);
    expect(lastPage(75, 25)).toBe(3);
    expect(lastPage(0, 25)).toBe(1);
    expect(lastPage(null, 25)).toBeNull();
  });
});
