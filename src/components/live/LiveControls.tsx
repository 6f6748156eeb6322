import type { Call } from '../../api/schema';

/** Live state and the Stop call flow (issue 5). Placeholder: renders nothing yet. */
export function LiveControls(_props: { call: Call }) {
  return null;
}
