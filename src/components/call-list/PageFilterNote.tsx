/** Says plainly that the page-only filters did not search every call. */
export function PageFilterNote({
  loaded,
  matching,
  onClear,
}: {
  loaded: number;
  matching: number;
  onClear: () => void;
}) {
  return (
    <div
      role="note"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-50"
    >
      <p>
        <strong>
          {matching} of the {loaded} calls on this page
        </strong>{' '}
        match. Outcome, end reason, direction and number search only look at the calls loaded on
        this page; other pages may hold more matches.
      </p>
      <button
        type="button"
        onClick={onClear}
        className="rounded underline underline-offset-2 hover:no-underline"
      >
        Clear page filters
      </button>
    </div>
  );
}
