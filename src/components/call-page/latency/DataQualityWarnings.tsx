import type { DataWarning } from '../../../lib/latency/analysis';
import { Notice } from '../../ui/Notice';

const SHOWN = 20;

/** Data the statistics had to leave out, listed so nothing disappears silently. */
export function DataQualityWarnings({ warnings }: { warnings: readonly DataWarning[] }) {
  if (warnings.length === 0) return null;
  const shown = warnings.slice(0, SHOWN);
  return (
    <Notice tone="warning" role="note" aria-label="Latency data-quality warnings" size="tight">
      <p className="font-medium">
        {warnings.length === 1
          ? '1 data-quality warning: left out of the statistics.'
          : `${warnings.length.toLocaleString('en-US')} data-quality warnings: left out of the statistics.`}
      </p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {shown.map((w, i) => (
          <li key={i}>
            {w.message}
            {w.detail ? (
              <code className="ml-1 rounded bg-amber-100 px-1 text-xs break-all dark:bg-amber-900">
                {w.detail}
              </code>
            ) : null}
          </li>
        ))}
      </ul>
      {warnings.length > SHOWN ? (
        <p className="mt-1 text-xs">
          …and {(warnings.length - SHOWN).toLocaleString('en-US')} more.
        </p>
      ) : null}
    </Notice>
  );
}
