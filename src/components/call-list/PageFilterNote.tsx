import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
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
    <Notice tone="warning" role="note" className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <p>
        <strong>
          {matching} of the {loaded} calls on this page
        </strong>{' '}
        match. Outcome, end reason, direction and number search only look at the calls loaded on
        this page; other pages may hold more matches.
      </p>
      <Button variant="link" onClick={onClear}>
        Clear page filters
      </Button>
    </Notice>
  );
}
