import type { ComponentProps } from 'react';
import { cx } from './cx';

export type NoticeTone = 'info' | 'warning' | 'error' | 'success' | 'neutral';

const TONES: Record<NoticeTone, string> = {
  info: 'border-sky-200 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100',
  warning:
    'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100',
  error:
    'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100',
  success:
    'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/40 dark:text-emerald-100',
  /** Settled, neither good nor bad news (a stop that found the call already ended). */
  neutral:
    'border-slate-200 bg-slate-100 text-slate-900 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-100',
};

/**
 * Padding, corners and text size, set once here (Tailwind orders CSS by property, so a className
 * repeating one of these would win or lose by accident). `page` is a whole page's error.
 */
export type NoticeSize = 'sm' | 'md' | 'tight' | 'page';
const SIZES: Record<NoticeSize, string> = {
  sm: 'rounded-md px-3 py-2 text-sm',
  md: 'rounded-md p-3 text-sm',
  tight: 'rounded-md p-2 text-sm',
  page: 'rounded-lg p-4',
};

/**
 * A coloured box of text: info, warning, error, success or neutral. It is not announced by default: pass
 * `role="alert"` only for something that just went wrong while the user was here (a failed
 * retry, a stale page), `role="status"` for a polite update, nothing for a standing note.
 */
export function Notice({
  tone,
  size = 'sm',
  as: Tag = 'div',
  className,
  ...props
}: ComponentProps<'div'> & { tone: NoticeTone; size?: NoticeSize; as?: 'div' | 'p' }) {
  return <Tag className={cx('border', SIZES[size], TONES[tone], className)} {...props} />;
}
