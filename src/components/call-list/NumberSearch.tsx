import { useEffect, useRef, useState } from 'react';
import { FilterField, filterInputClass } from '../ui/FilterSelect';

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
    <FilterField label="Number search">
      {(id) => (
        <input
          id={id}
          type="search"
          inputMode="search"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder="e.g. 415 555 0100"
          autoComplete="off"
          spellCheck={false}
          className={filterInputClass}
        />
      )}
    </FilterField>
  );
}
