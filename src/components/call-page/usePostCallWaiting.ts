import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { callQueries } from '../../api/queries';
import type { Call } from '../../api/schema';
import { callWatch, pollingPhase } from '../../api/polling';
import { useNow } from '../shared/useNow';

/**
 * Whether the page is still waiting for this ended call's post-call data, judged by the same
 * watch and phase as the live panel and the query's refetchInterval. It adds no observer (so no
 * extra polling), and ticks only while waiting, so the 30 s cap ends the wait on screen too.
 */
export function usePostCallWaiting(call: Call): boolean {
  const client = useQueryClient();
  const [ticking, setTicking] = useState(false);
  const now = useNow(1_000, ticking);
  const cached = client
    .getQueryCache()
    .find({ queryKey: callQueries.detail(call.id).queryKey, exact: true });
  const data = (cached?.state.data as Call | undefined) ?? call;
  const phase = cached
    ? pollingPhase(data, callWatch.observe(cached, data, now, cached.state.dataUpdatedAt))
    : 'no-data';
  const waiting = phase === 'awaiting-post-call' || phase === 'finishing-post-call';
  if (waiting !== ticking) setTicking(waiting);
  return waiting;
}
