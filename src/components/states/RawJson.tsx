/** Shows any value as pretty JSON text. Strings are never interpreted as markup. */
export function RawJson({ value, label = 'Raw response' }: { value: unknown; label?: string }) {
  return (
    <details className="mt-3 text-left">
      <summary className="cursor-pointer text-sm font-medium">{label}</summary>
      <pre className="mt-2 max-h-96 overflow-auto rounded-md bg-slate-100 p-3 font-mono text-xs whitespace-pre-wrap break-all dark:bg-slate-900">
        {stringify(value)}
      </pre>
    </details>
  );
}

export function stringify(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
