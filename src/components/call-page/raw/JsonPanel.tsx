import type { ReactNode } from 'react';
import { Disclosure } from '../../ui/Disclosure';
import { isRecord, toStrictJson } from '../../../lib/json';
import { CopyButton } from '../../ui/CopyButton';
import { LazyJsonTree } from '../../ui/LazyJsonTree';

function sizeOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`;
  if (isRecord(value)) {
    const n = Object.keys(value).length;
    return n === 0 ? 'empty' : `${n} key${n === 1 ? '' : 's'}`;
  }
  return typeof value;
}

/** A collapsible JSON tree with a copy button: for variables, metadata and kb_snapshot. */
export function JsonPanel({
  title,
  value,
  actions,
}: {
  title: string;
  value: unknown;
  actions?: ReactNode;
}) {
  const size = sizeOf(value);
  const jsonLabel = title.endsWith('JSON') ? title : `${title} JSON`;
  return (
    <Disclosure
      className="group rounded-md border border-slate-200 dark:border-slate-700"
      summaryClassName="flex cursor-pointer items-center gap-2 px-3 py-2 text-sm font-medium select-none"
      summary={
        <>
          <span
            aria-hidden="true"
            className="inline-block transition-transform group-open:rotate-90"
          >
            ▸
          </span>
          {title}
          <span className="text-xs font-normal text-slate-500 dark:text-slate-400">({size})</span>
        </>
      }
    >
      {() => (
        <div className="border-t border-slate-200 px-3 py-2 dark:border-slate-700">
          <div className="mb-2 flex flex-wrap gap-2">
            <CopyButton value={() => toStrictJson(value ?? null)} label={jsonLabel}>
              {`Copy ${jsonLabel}`}
            </CopyButton>
            {actions}
          </div>
          {size === 'empty' ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {value === null || value === undefined ? 'None (null).' : 'Empty.'}
            </p>
          ) : (
            <div className="max-h-[32rem] overflow-auto">
              <LazyJsonTree value={value} label={jsonLabel} />
            </div>
          )}
        </div>
      )}
    </Disclosure>
  );
}
