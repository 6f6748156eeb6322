import { Link } from 'react-router';
import { lastPage, listHref, PAGE_SIZES, type ListState } from '../../lib/list/listUrlState';
import { FilterSelect } from '../ui/FilterSelect';

interface Props {
  state: ListState;
  total: number | null;
  /** Calls the API returned on this page (before any page-only filter). */
  pageCount: number;
  onPageSize: (size: ListState['pageSize']) => void;
  /** Called when a page link is followed, e.g. to bring the top of the list into view. */
  onPageLink?: () => void;
}

const linkClass =
  'rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800';
const disabledClass =
  'rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-400 dark:border-slate-800 dark:text-slate-600';

/** Previous/next are links (each page is shareable and its own history entry). */
export function Pagination({ state, total, pageCount, onPageSize, onPageLink }: Props) {
  const last = lastPage(total, state.pageSize);
  const first = pageCount > 0 ? (state.page - 1) * state.pageSize + 1 : 0;
  const end = first > 0 ? first + pageCount - 1 : 0;
  // Without a total, a full page suggests there may be more.
  const hasNext = last !== null ? state.page < last : pageCount >= state.pageSize;
  const hasPrev = state.page > 1;

  return (
    <nav
      aria-label="Pagination"
      className="flex flex-wrap items-end justify-between gap-3 border-t border-slate-200 pt-3 dark:border-slate-800"
    >
      <p className="text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
        {first > 0 ? (
          <>
            Showing{' '}
            <span className="font-medium tabular-nums">
              {first}–{end}
            </span>
          </>
        ) : (
          'Nothing on this page'
        )}
        {total !== null ? (
          <>
            {' '}
            of <span className="font-medium tabular-nums">{total}</span> calls
          </>
        ) : (
          <span> (the API did not say how many calls there are)</span>
        )}
        {last !== null ? (
          <span className="text-slate-500 dark:text-slate-400">
            {' '}
            · page {state.page} of {last}
          </span>
        ) : null}
      </p>
      <div className="flex items-end gap-2">
        <div className="w-24">
          <FilterSelect
            label="Per page"
            value={String(state.pageSize)}
            onChange={(v) => onPageSize(Number(v) as ListState['pageSize'])}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </FilterSelect>
        </div>
        {hasPrev ? (
          <Link
            to={listHref({ ...state, page: state.page - 1 })}
            rel="prev"
            onClick={onPageLink}
            className={linkClass}
          >
            ← Previous
          </Link>
        ) : (
          <span aria-disabled="true" className={disabledClass}>
            ← Previous
          </span>
        )}
        {hasNext ? (
          <Link
            to={listHref({ ...state, page: state.page + 1 })}
            rel="next"
            onClick={onPageLink}
            className={linkClass}
          >
            Next →
          </Link>
        ) : (
          <span aria-disabled="true" className={disabledClass}>
            Next →
          </span>
        )}
      </div>
    </nav>
  );
}
