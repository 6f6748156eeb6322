import type { ComponentProps } from 'react';
import { cx } from './cx';

export type NoticeTone = 'info' | 'warning' | 'error' | 'success';

const TONES: Record<NoticeTone, string> = {
  info: 'border-sky-200 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100',
  warning:
    'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100',
  error:
    'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100',
  success:
    'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/40 dark:text-emerald-100',
};

/** The classes of a notice box, for the rare element that cannot be a Notice (a `<section>`). */
export function noticeClass(tone: NoticeTone, className?: string): string {
  return cx('rounded-md border px-3 py-2 text-sm', TONES[tone], className);
}

/**
 * A coloured box of text: info, warning, error or success. It is not announced by default: pass
 * `role="alert"` only for something that just went wrong while the user was here (a failed
 * retry, a stale page), `role="status"` for a polite update, nothing for a standing note.
 */
export function Notice({
  tone,
  as: Tag = 'div',
  className,
  ...props
}: ComponentProps<'div'> & { tone: NoticeTone; as?: 'div' | 'p' }) {
  return <Tag className={noticeClass(tone, className)} {...props} />;
}
