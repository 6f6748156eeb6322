import type { ReactNode } from 'react';

export function EmptyCalls({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 px-4 py-10 text-center dark:border-slate-700">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children ? (
        <div className="mt-1 text-sm text-slate-600 dark:text-slate-300">{children}</div>
      ) : null}
    </div>
  );
}
