import { callPath } from '../../api/callPath';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../ui/Button';

/** Support staff often arrive with an id from a ticket: paste it, press Enter. */
export function OpenCallForm() {
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const inputId = useId();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const id = extractCallId(value);
    if (!id) return;
    setValue('');
    void navigate(callPath(id));
  }

  return (
    <form role="search" aria-label="Open a call" onSubmit={onSubmit} className="flex min-w-0 gap-1">
      <label htmlFor={inputId} className="sr-only">
        Open call by ID
      </label>
      <input
        id={inputId}
        type="search"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        placeholder="Open call by ID"
        autoComplete="off"
        spellCheck={false}
        className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-sm sm:w-72 dark:border-slate-700 dark:bg-slate-950"
      />
      <Button type="submit" variant="primary" size="sm">
        Open
      </Button>
    </form>
  );
}

/** Accepts a bare id or a pasted console URL (…/calls/<id>#latency). */
export function extractCallId(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const match = /\/calls\/([^/?#\s]+)/.exec(trimmed);
  if (match?.[1]) {
    try {
      return decodeURIComponent(match[1]);
    } catch {
      return match[1];
    }
  }
  return trimmed;
}
