import { useId, type ReactNode } from 'react';

/** A titled block of the /latency page. */
export function FleetCard({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className="min-w-0 space-y-2 rounded-lg border border-slate-200 bg-white p-3 sm:p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={id} className="text-base font-semibold">
        {title}
      </h2>
      {description ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{description}</p>
      ) : null}
      {children}
    </section>
  );
}
