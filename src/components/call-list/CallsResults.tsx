import { callPath } from '../../api/callPath';
import { Link } from 'react-router';
import type { CallPage } from '../../api/schema';
import { applyClientFilters, looksLikeCallId } from '../../lib/list/callFilters';
import { humanize } from '../../lib/format';
import {
  CLIENT_FILTER_KEYS,
  clearFilters,
  hasFilters,
  lastPage,
  listHref,
  type ListState,
} from '../../lib/list/listUrlState';
import {
  nextLatencySort,
  parseLatencySort,
  sortByLatency,
  writeLatencySort,
} from '../../lib/list/latencySort';
import { CallsTable } from './CallsTable';
import { useLatencyColumns } from './useLatencyColumns';
import { EmptyCalls } from './EmptyCalls';
import { PageFilterNote } from './PageFilterNote';
import { RejectedItems } from './RejectedItems';

interface Props {
  page: CallPage;
  state: ListState;
  update: (change: Partial<ListState>) => void;
  busy: boolean;
}

/** One page of calls as the API ordered them, narrowed by the page-only filters. */
export function CallsResults({ page, state, update, busy }: Props) {
  const filtered = applyClientFilters(page.items, state);
  const { columns, targetMs } = useLatencyColumns(filtered);
  const sort = parseLatencySort(state.sort);
  const shown = sortByLatency(filtered, (call) => columns.get(call), sort);
  const pageFiltered = hasFilters(state, CLIENT_FILTER_KEYS);
  const clearPageFilters = () => update({ outcome: '', endReason: '', direction: '', q: '' });

  if (page.items.length === 0 && page.rejected.length === 0) {
    const last = lastPage(page.total, state.pageSize);
    if (page.total !== null && page.total > 0 && last !== null && state.page > last) {
      return (
        <EmptyCalls title={`There is no page ${state.page}`}>
          <Link
            className="text-indigo-700 underline dark:text-indigo-300"
            to={listHref({ ...state, page: last })}
          >
            Go to the last page ({last})
          </Link>
        </EmptyCalls>
      );
    }
    if (state.status || state.agentId) {
      return (
        <EmptyCalls title="No calls match these filters">
          <p>
            {state.status ? `Status: ${humanize(state.status)}. ` : null}
            {state.agentId ? `Agent: ${state.agentId}. ` : null}
          </p>
          <Link
            className="text-indigo-700 underline dark:text-indigo-300"
            to={listHref(clearFilters(state))}
          >
            Show all calls
          </Link>
        </EmptyCalls>
      );
    }
    return (
      <EmptyCalls title="No calls yet">
        Calls appear here as soon as an agent makes or takes one.
      </EmptyCalls>
    );
  }

  return (
    <div className="space-y-3">
      <RejectedItems items={page.rejected} />
      {pageFiltered ? (
        <PageFilterNote
          loaded={page.items.length}
          matching={shown.length}
          onClear={clearPageFilters}
        />
      ) : null}
      {shown.length > 0 ? (
        <CallsTable
          calls={shown}
          label="Calls"
          busy={busy}
          latency={columns}
          targetMs={targetMs}
          sort={sort}
          onSort={(key) => update({ sort: writeLatencySort(nextLatencySort(sort, key)) })}
        />
      ) : page.items.length > 0 ? (
        <EmptyCalls title="No call on this page matches">
          {looksLikeCallId(state.q) ? (
            <Link
              className="text-indigo-700 underline dark:text-indigo-300"
              to={callPath(state.q.trim())}
            >
              Open call {state.q.trim()}
            </Link>
          ) : (
            'Try the next page, or clear the page filters.'
          )}
        </EmptyCalls>
      ) : null}
    </div>
  );
}
