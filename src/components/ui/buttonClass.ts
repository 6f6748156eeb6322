import { cx } from './cx';

/**
 * The console's button looks. One table, so a new button picks a variant instead of writing its
 * own class string; every variant keeps a visible focus ring and a dark-theme colour.
 *
 * Tailwind orders its CSS by property, not by the order of the class list, so a className that
 * repeats a property set here (another padding, font size, opacity) would win or lose by
 * accident. The table sets each property once; callers add only what it leaves open (margins,
 * width, font weight, aria-disabled looks).
 */
export type ButtonVariant =
  /** The one main action of a form or control (Open, Play). */
  | 'primary'
  /** Bordered, neutral: most actions. */
  | 'secondary'
  /** No border: a small action beside content (Close). */
  | 'quiet'
  /** Solid red: a destructive confirm, or Try again after a failure. */
  | 'danger'
  /** Red outline: opens a destructive flow (Stop call), or retries inside an error notice. */
  | 'danger-outline'
  /** Bordered in the surrounding text colour: an action inside a Notice of any tone. */
  | 'on-notice'
  /** Looks like a link, acts in place (Try again in a sentence, Clear page filters). */
  | 'link'
  /** Plain text, underlined on hover: a sortable column header. */
  | 'plain'
  /** A row's name in a table that selects it (Turn 12). */
  | 'row-link';

/**
 * `icon` is square, for a glyph with an aria-label (↑, ↓); `touch` is 36 px tall, for the
 * recording player's row.
 */
export type ButtonSize = 'xs' | 'sm' | 'md' | 'lg' | 'icon' | 'touch';

const BASE =
  'inline-flex items-center focus-visible:ring-2 focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-50';

const VARIANTS: Record<ButtonVariant, string> = {
  primary:
    'rounded-md bg-indigo-600 font-medium text-white hover:bg-indigo-700 focus-visible:ring-indigo-500 dark:bg-indigo-400 dark:text-slate-950 dark:hover:bg-indigo-300',
  secondary:
    'rounded-md border border-slate-300 hover:bg-slate-100 focus-visible:ring-sky-500 dark:border-slate-600 dark:hover:bg-slate-800',
  quiet:
    'rounded text-slate-600 hover:bg-slate-100 focus-visible:ring-sky-500 dark:text-slate-300 dark:hover:bg-slate-800',
  danger:
    'rounded-md bg-red-700 font-semibold text-white hover:bg-red-800 focus-visible:ring-red-500 focus-visible:ring-offset-2 dark:bg-red-600 dark:hover:bg-red-700 dark:focus-visible:ring-offset-slate-900',
  'danger-outline':
    'rounded-md border border-red-300 bg-white font-semibold text-red-800 hover:bg-red-50 focus-visible:ring-red-500 dark:border-red-800 dark:bg-slate-900 dark:text-red-200 dark:hover:bg-red-950/40',
  'on-notice':
    'rounded-md border border-current/40 font-medium hover:bg-black/5 focus-visible:ring-current dark:hover:bg-white/10',
  link: 'rounded text-left underline underline-offset-2 hover:no-underline focus-visible:ring-sky-500',
  plain: 'gap-1 rounded text-left hover:underline focus-visible:ring-sky-500',
  'row-link':
    'rounded font-medium whitespace-nowrap text-sky-700 hover:underline focus-visible:ring-sky-500 dark:text-sky-300',
};

/** Variants that sit in text and take its size. */
const INLINE: ReadonlySet<ButtonVariant> = new Set(['link', 'plain', 'row-link']);

const SIZES: Record<ButtonSize, string> = {
  xs: 'px-2 py-0.5 text-xs',
  sm: 'px-3 py-1 text-sm',
  md: 'px-3 py-1.5 text-sm',
  lg: 'px-4 py-2 text-sm',
  icon: 'size-8 justify-center text-sm',
  touch: 'h-9 min-w-9 justify-center px-2 text-sm',
};

export function buttonClass({
  variant = 'secondary',
  size = 'md',
  className,
}: {
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
} = {}): string {
  return cx(BASE, VARIANTS[variant], INLINE.has(variant) ? null : SIZES[size], className);
}
