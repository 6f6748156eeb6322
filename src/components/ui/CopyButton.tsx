import { useEffect, useState } from 'react';
import { Button } from './Button';
import { cx } from './cx';

async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Older browsers and non-secure origins (plain http on a LAN address) have no async clipboard.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy failed');
}

/** Copies a value; says "Copied" (and announces it) so the user knows it worked. */
export function CopyButton({
  value,
  label,
  children,
  className = '',
}: {
  /** The text, or a function that builds it on click (for large values, e.g. a call's JSON). */
  value: string | (() => string);
  /** What is copied, e.g. "call id"; the accessible name is "Copy <label>". */
  label: string;
  /**
   * The visible text, "Copy" by default. It must begin the accessible name (label in name,
   * WCAG 2.5.3: speech-input users say what they see), so "Copy JSON" for "Copy Variables JSON"
   * is wrong: pass the whole name, or nothing.
   */
  children?: `Copy${string}`;
  className?: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 1500);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <>
      <Button
        size="xs"
        aria-label={`Copy ${label}`}
        title={`Copy ${label}`}
        onClick={() => {
          writeClipboard(typeof value === 'function' ? value() : value).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
        className={cx('shrink-0 font-medium', className)}
      >
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : (children ?? 'Copy')}
      </Button>
      <span role="status" className="sr-only">
        {state === 'copied'
          ? `Copied ${label}`
          : state === 'failed'
            ? `Could not copy ${label}`
            : ''}
      </span>
    </>
  );
}
