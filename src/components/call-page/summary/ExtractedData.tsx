import type { ExtractedGroup } from '../../../lib/summary/readAnalysis';
import { humanize } from '../../../lib/format';

/** analysis.extracted_data: one group per extraction tool, each a list of field → value. */
export function ExtractedData({ groups }: { groups: ExtractedGroup[] }) {
  return (
    <div>
      <h3 className="mb-2 text-sm font-semibold">Extracted data</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        {groups.map((group) => (
          <section
            key={group.name}
            aria-label={`Extracted: ${group.name}`}
            className="min-w-0 rounded-md border border-slate-200 p-3 dark:border-slate-700"
          >
            <h4 className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
              {humanize(group.name)}
            </h4>
            {group.value !== null ? (
              <p className="text-sm break-words">{group.value}</p>
            ) : group.fields.length === 0 ? (
              <p className="text-sm text-slate-500 dark:text-slate-400">No fields.</p>
            ) : (
              <dl className="space-y-1.5">
                {group.fields.map((f) => (
                  <div key={f.field} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-2">
                    <dt className="text-xs text-slate-500 dark:text-slate-400">
                      {humanize(f.field)}
                    </dt>
                    <dd
                      className={`min-w-0 text-sm break-words ${f.json ? 'font-mono text-xs whitespace-pre-wrap' : ''} ${f.empty ? 'text-slate-400 dark:text-slate-500' : ''}`}
                    >
                      {f.text}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
