import { toJsonText } from '../../lib/json';
import { Disclosure } from './Disclosure';

/**
 * Shows any value as pretty JSON text. Strings are never interpreted as markup. The text is
 * built only once opened: next to schema issues the value is a whole call, which can be
 * megabytes, and the page re-renders on every poll.
 */
export function RawJson({ value, label = 'Raw response' }: { value: unknown; label?: string }) {
  return (
    <Disclosure
      className="mt-3 text-left"
      summaryClassName="cursor-pointer text-sm font-medium"
      summary={label}
    >
      {() => (
        <pre className="mt-2 max-h-96 overflow-auto rounded-md bg-slate-100 p-3 font-mono text-xs whitespace-pre-wrap break-all dark:bg-slate-900">
          {toJsonText(value)}
        </pre>
      )}
    </Disclosure>
  );
}
