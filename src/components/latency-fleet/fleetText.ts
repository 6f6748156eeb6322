import { formatMs } from '../../lib/format';
import { formatShare } from '../../lib/latency/summary';

/** Whole numbers with thousands separators ("5,000"). */
export const count = (n: number): string => n.toLocaleString('en-US');

export const plural = (n: number, word: string, many = `${word}s`): string =>
  `${count(n)} ${n === 1 ? word : many}`;

export const share = (value: number | null): string => (value === null ? '—' : formatShare(value));

export { formatMs };
