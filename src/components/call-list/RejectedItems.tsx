import { RawJson } from '../ui/RawJson';

/** Items the API sent that were not calls: counted and shown raw, never silently dropped. */
export function RejectedItems({ items }: { items: readonly unknown[] }) {
  if (items.length === 0) return null;
  const n = items.length;
  return (
    <div
      role="note"
      className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <p>
        {n} {n === 1 ? 'item' : 'items'} on this page {n === 1 ? 'was' : 'were'} not a call (no call
        id) and {n === 1 ? 'is' : 'are'} not listed.
      </p>
      <RawJson value={items} label={n === 1 ? 'Show the item' : 'Show the items'} />
    </div>
  );
}
