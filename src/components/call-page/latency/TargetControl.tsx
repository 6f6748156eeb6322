import { useState } from 'react';
import { useTurnSelection } from '../TurnSelectionContext';

/** The response-time target: edited as text, applied (and remembered) when it is a positive number. */
export function TargetControl() {
  const { targetMs, setTargetMs } = useTurnSelection();
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? String(targetMs);
  const parsed = Number(value);
  const invalid = value.trim() === '' || !Number.isFinite(parsed) || parsed <= 0;

  function commit() {
    if (!invalid) setTargetMs(Math.round(parsed));
    setDraft(null);
  }

  return (
    <label className="flex items-center gap-1 text-xs text-slate-600 dark:text-slate-300">
      Target
      <input
        type="number"
        inputMode="numeric"
        min={1}
        step={50}
        value={value}
        aria-invalid={invalid || undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          const next = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(next) && next > 0) {
            setTargetMs(Math.round(next));
          }
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
        className="w-20 rounded border border-slate-300 bg-white px-1.5 py-0.5 text-right text-sm text-slate-900 tabular-nums dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
      />
      ms
    </label>
  );
}
