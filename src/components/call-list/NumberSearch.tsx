import { useEffect, useId, useRef, useState } from 'react';

const DEBOUNCE_MS = 250;

/**
 * The number search keeps its own draft so typing stays smooth, and writes it to the URL
 * after a short pause. When the URL changes from elsewhere (clear filters, back button) the
 * draft follows it.
 */
export function NumberSearch({
  value,
  onChange,
}: {
  value: string;
  onChange: (q: string) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [synced, setSynced] = useState(value);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  // Adopt a value that came from the URL rather than from typing here.
  if (value !== synced) {
    setSynced(value);
    setDraft(value);
  }

  useEffect(() => {
    if (draft === synced) return;
    const timer = window.setTimeout(() => {
      setSynced(draft);
      onChangeRef.current(draft);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, synced]);

  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600 dark:text-slate-300">
        Number search
      </label>
      <input
        id={id}
        type="search"
        inputMode="search"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        placeholder="e.g. 415 555 0100"
        autoComplete="off"
        spellCheck={false}
        className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950"
      />
    </div>
  );
}
