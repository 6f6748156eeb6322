import { useId } from 'react';
import { Button } from '../../ui/Button';

/** Search box with a match count and previous/next. Enter = next, Shift+Enter = previous, Esc clears. */
export function ConversationSearch({
  query,
  onQuery,
  total,
  current,
  onStep,
}: {
  query: string;
  onQuery: (q: string) => void;
  total: number;
  /** 0-based position of the current hit, -1 when none. */
  current: number;
  onStep: (direction: 1 | -1) => void;
}) {
  const id = useId();
  const active = query.trim() !== '';
  const status = !active
    ? ''
    : total === 0
      ? 'No matches'
      : `${current + 1} of ${total} match${total === 1 ? '' : 'es'}`;
  return (
    <div role="search" className="mb-3 flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="sr-only">
        Search the conversation
      </label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder="Search the conversation"
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onStep(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape' && query !== '') {
            e.preventDefault();
            onQuery('');
          }
        }}
        className="h-8 min-w-0 flex-1 basis-40 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-950"
      />
      <span
        role="status"
        aria-live="polite"
        className={`text-xs text-slate-600 tabular-nums dark:text-slate-300 ${active ? 'min-w-[7rem]' : ''}`}
      >
        {status}
      </span>
      <Button
        size="icon"
        aria-label="Previous match"
        disabled={total === 0}
        onClick={() => onStep(-1)}
      >
        ↑
      </Button>
      <Button size="icon" aria-label="Next match" disabled={total === 0} onClick={() => onStep(1)}>
        ↓
      </Button>
    </div>
  );
}
