import { useId, type ReactNode } from 'react';

export const filterInputClass =
  'w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950';

/** A filter's small label above its control; `children` gets the id the label points at. */
export function FilterField({
  label,
  children,
}: {
  label: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600 dark:text-slate-300">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

/**
 * A labelled filter select: the `any` choice (value ''), one option per value in `options`, then
 * any extra `children`.
 */
export function FilterSelect<T extends string | number>({
  label,
  value,
  onChange,
  any,
  options = [],
  optionLabel = String,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  any?: string;
  options?: readonly T[];
  optionLabel?: (option: T) => ReactNode;
  children?: ReactNode;
}) {
  return (
    <FilterField label={label}>
      {(id) => (
        <select
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className={filterInputClass}
        >
          {any === undefined ? null : <option value="">{any}</option>}
          {options.map((o) => (
            <option key={o} value={o}>
              {optionLabel(o)}
            </option>
          ))}
          {children}
        </select>
      )}
    </FilterField>
  );
}
