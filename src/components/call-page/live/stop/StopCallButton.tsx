import type { Ref } from 'react';

/** Opens the confirm dialog; on its own it stops nothing. */
export function StopCallButton({
  ref,
  expanded,
  onClick,
}: {
  ref: Ref<HTMLButtonElement>;
  expanded: boolean;
  onClick: () => void;
}) {
  return (
    <button
      ref={ref}
      type="button"
      aria-haspopup="dialog"
      aria-expanded={expanded}
      onClick={onClick}
      className="rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 focus-visible:ring-2 focus-visible:ring-red-500 focus-visible:outline-none dark:border-red-800 dark:bg-slate-900 dark:text-red-200 dark:hover:bg-red-950/40"
    >
      Stop call
    </button>
  );
}
