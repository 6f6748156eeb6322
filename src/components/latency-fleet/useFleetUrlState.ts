import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  readFleetUrlState,
  writeFleetUrlState,
  type FleetUrlState,
} from '../../lib/fleet/urlState';

/** The /latency view, read from and written to the URL; changes replace the history entry. */
export function useFleetUrlState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readFleetUrlState(params), [params]);
  const update = useCallback(
    (change: Partial<FleetUrlState>) =>
      setParams((prev) => writeFleetUrlState({ ...readFleetUrlState(prev), ...change }), {
        replace: true,
      }),
    [setParams],
  );
  return { state, update };
}
