import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  readListState,
  updateListState,
  writeListState,
  type ListState,
} from '../../lib/list/listUrlState';

/**
 * The list's view state, read from and written to the URL search params. Filter changes
 * replace the history entry (typing in the search box must not create one entry per key);
 * pagination uses real links, so each page is its own history entry.
 */
export function useListState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readListState(params), [params]);
  const update = useCallback(
    (change: Partial<ListState> | ((state: ListState) => ListState)) => {
      setParams(
        (prev) => {
          const current = readListState(prev);
          return writeListState(
            typeof change === 'function' ? change(current) : updateListState(current, change),
          );
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { state, update };
}
