import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { api } from './client';
import { ApiError } from './errors';
import { callQueries } from './queries';
import type { Call } from './schema';
import { asApiError, classifyStopFailure } from './stopAnswer';

export const stopMutationKey = (callId: string) => [...callQueries.all(), 'stop', callId] as const;

/** What a stop came to. A refusal (400/401/403/404/422, 429) is the mutation's error instead. */
export type StopResult =
  /** The API answered the stop with the call. */
  | {
      kind: 'answered';
      call: Call;
      /** The call as the page showed it when the stop was sent, to tell "stopped" from "had ended". */
      before: Call | null;
    }
  /**
   * 409 (the call had already ended) or no definite answer at all (5xx, a cut connection, a
   * timeout, an unreadable 200). The call was read again at once; the page reports what it shows.
   */
  | {
      kind: 'already-ended' | 'unknown';
      error: ApiError;
      before: Call | null;
      /** When the answer came back: data fetched since then shows the call after the stop. */
      answeredAt: number;
    };

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
      let failure: ApiError;
      try {
        const call = await api.stopCall(callId);
        if (call.id === callId) return { kind: 'answered', call, before };
        // Never file one call's data under another's id; what happened to this one is unknown.
        failure = new ApiError({
          kind: 'bad_response',
          status: 200,
          message: `The API answered the stop with another call (${call.id}).`,
          raw: call.raw,
        });
      } catch (error) {
        failure = asApiError(error);
      }
      const kind = classifyStopFailure(failure);
      if (kind === 'refused' || kind === 'rate-limited') throw failure;
      const answeredAt = Date.now();
      // Read the call as it is now, at once: a poll sent before the stop must not answer for it.
      await client.cancelQueries({ queryKey: detailKey, exact: true });
      await client
        .fetchQuery({ ...callQueries.detail(callId), staleTime: 0, retry: false })
        .catch(() => undefined); // polling goes on, and the page says it is still checking
      return { kind, error: failure, before, answeredAt };
    },
    onSuccess: async (result, _variables, _onMutateResult, { client }) => {
      if (result.kind === 'answered') {
        // Polls that started while the stop was on its way may carry the pre-stop call.
        await client.cancelQueries({ queryKey: detailKey, exact: true });
        client.setQueryData(detailKey, result.call);
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
