import { useMemo } from 'react';
import type { Call } from '../../api/schema';
import { callLatencyColumns, type CallLatencyColumns } from '../../lib/fleet/callLatency';
import { useLatencyTarget } from '../shared/useLatencyTarget';

// Per call object: a re-render (or a sort) does not read 2,000 turns again; a refetched page
// brings new objects, which are read once.
const cache = new WeakMap<Call, CallLatencyColumns>();

/** Each call's latency columns, from the list item's own `latency`, by the fleet module's rules. */
export function useLatencyColumns(calls: readonly Call[]) {
  const [targetMs] = useLatencyTarget();
  const columns = useMemo(() => {
    const map = new Map<Call, CallLatencyColumns>();
    for (const call of calls) {
      let cols = cache.get(call);
      if (!cols || cols.targetMs !== targetMs) {
        cols = callLatencyColumns(call.latency, targetMs);
        cache.set(call, cols);
      }
      map.set(call, cols);
    }
    return map;
  }, [calls, targetMs]);
  return { columns, targetMs };
}
