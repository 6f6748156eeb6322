import { useState, type ReactNode } from 'react';

/**
 * A `<details>` whose body exists only while it is open. Closed panels of a long call (the raw
 * JSON trees, the legacy transcript) would otherwise add thousands of hidden elements to the
 * first render, and the layout the first conversation line waits for.
 */
export function Disclosure({
  summary,
  children,
  defaultOpen = false,
  className,
  summaryClassName,
}: {
  summary: ReactNode;
  /** Called only while open, so expensive bodies (JSON text, trees) are not even computed. */
  children: () => ReactNode;
  defaultOpen?: boolean;
  className?: string;
  summaryClassName?: string;
}) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className={className}>
      <summary className={summaryClassName}>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
