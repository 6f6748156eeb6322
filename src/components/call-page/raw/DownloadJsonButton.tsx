import { toStrictJson } from '../../../lib/json';
import { saveBlob } from '../../../lib/saveBlob';

/** Saves a value as a .json file, built in the browser (no server round trip). */
export function DownloadJsonButton({ value, filename }: { value: unknown; filename: string }) {
  return (
    <button
      type="button"
      onClick={() => {
        saveBlob(new Blob([toStrictJson(value)], { type: 'application/json' }), filename);
      }}
      className="inline-flex items-center rounded border border-slate-300 px-1.5 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      Download JSON
    </button>
  );
}
