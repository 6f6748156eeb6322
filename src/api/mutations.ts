import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { api } from './client';
import type { ApiError } from './errors';
import { callQueries } from './queries';
import type { Call } from './schema';

export const stopMutationKey = (callId: string) => [...callQueries.all(), 'stop', callId] as const;

export interface StopResult {
  /** The call as the API returned it from the stop. */
  call: Call;
  /** The call as the page showed it when the stop was sent, to tell "stopped" from "had ended". */
  before: Call | null;
}

/**
 * POST /v1/calls/{id}/stop. Never retried: a stop is not something to repeat behind the user's
 * back. The id is bound here, not passed to mutate(), so a stop can only ever reach the call
 * these options were made for.
 */
export function stopCallMutation(callId: string) {
  const detailKey = callQueries.detail(callId).queryKey;
  return mutationOptions<StopResult, ApiError>({
    mutationKey: stopMutationKey(callId),
    retry: false,
    onMutate: async (_variables, { client }) => {
      // A poll still in flight holds the call as it was before the stop; it must not land last.
      await client.cancelQueries({ queryKey: detailKey, exact: true });
    },
    mutationFn: async (_variables, { client }) => {
      const before = client.getQueryData(detailKey) ?? null;
      const call = await api.stopCall(callId);
      return { call, before };
    },
    onSuccess: async ({ call }, _variables, _onMutateResult, { client }) => {
      // Polls that started while the stop was on its way may carry the pre-stop call.
      await client.cancelQueries({ queryKey: detailKey, exact: true });
      if (call.id === callId) {
        client.setQueryData(detailKey, call);
      } else {
        // Never file one call's data under another's id; ask the API for this one instead.
        await client.invalidateQueries({ queryKey: detailKey, exact: true });
      }
      void client.invalidateQueries({ queryKey: callQueries.lists() });
    },
  });
}

/**
 * The stop mutation plus a guard that makes `stop()` send at most one request at a time, however
 * fast it is called: a ref flips synchronously on the first call (before React re-renders with
 * isPending), and a pending stop for the same call elsewhere in the cache also blocks it.
 */
export function useStopCall(callId: string) {
  const client = useQueryClient();
  const mutation = useMutation(stopCallMutation(callId));
  const inFlight = useRef(false);
  const { mutate, isPending } = mutation;

  const stop = useCallback(
    (onSuccess?: (result: StopResult) => void) => {
      if (inFlight.current || isPending) return;
      // isMutating counts pending mutations only.
      const pendingElsewhere = client.isMutating({ mutationKey: stopMutationKey(callId) });
      if (pendingElsewhere > 0) return;
      inFlight.current = true;
      mutate(undefined, {
        onSuccess,
        onSettled: () => {
          inFlight.current = false;
        },
      });
    },
    [client, callId, isPending, mutate],
  );

  return { ...mutation, stop };
}
