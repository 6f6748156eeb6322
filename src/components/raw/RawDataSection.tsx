import type { Call } from '../../api/schema';

/** Placeholder: filled in by the call page issue (3). */
export function RawDataSection(_props: { call: Call }) {
  return null;
}
