import { useRef, useState } from 'react';
import { isEndedCall, isLiveCall } from '../../../api/callStatus';
import { useStopCall, type StopResult } from '../../../api/mutations';
import type { Call } from '../../../api/schema';
import { useConsoleConfig } from '../../shared/useConsoleConfig';
import { EndedNotice } from './EndedNotice';
import { LiveIndicator } from './LiveIndicator';
import { PostCallStatus } from './PostCallStatus';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { StaleWarning } from './StaleWarning';
import { StopCall } from './stop/StopCall';
import { StopOutcomeNotice } from './stop/StopOutcomeNotice';
import { useCallPolling } from './useCallPolling';
import { useNow } from '../../shared/useNow';

/** Live state and the Stop call flow for the call page header. */
export function LiveControls({ call }: { call: Call }) {
  // A different call is a different panel: no dialog, result or error carries over to it.
  return <LivePanel key={call.id} call={call} />;
}

function LivePanel({ call: initial }: { call: Call }) {
  const now = useNow();
  const { call, phase, updatedAt, staleError, isFetching, refetch } = useCallPolling(initial, now);
  const config = useConsoleConfig();
  const stopper = useStopCall(call.id);
  const [result, setResult] = useState<StopResult | null>(null);
  const stopped = useRef(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  // "Post-call data arrived" is only news if this page was the one waiting for it.
  const [sawWaiting, setSawWaiting] = useState(false);
  if ((phase === 'awaiting-post-call' || phase === 'finishing-post-call') && !sawWaiting) {
    setSawWaiting(true);
  }

  const live = isLiveCall(call);
  const polling =
    phase === 'live' || phase === 'awaiting-post-call' || phase === 'finishing-post-call';
  const refresh = () => void refetch();

  return (
    <div className="flex w-full flex-col gap-2 sm:w-auto sm:max-w-sm sm:items-end sm:text-right">
      <div className="flex flex-wrap items-center gap-3 sm:justify-end">
        {polling || staleError ? (
          <LiveIndicator polling={polling} updatedAt={updatedAt} now={now} />
        ) : null}
        {config && !config.readOnly ? (
          <StopCall
            call={call}
            now={now}
            stopper={stopper}
            onStopped={(stop) => {
              stopped.current = true;
              setResult(stop);
            }}
            onCloseAutoFocus={(event) => {
              // The Stop call button is gone once the call ends: focus what the stop did instead.
              if (!stopped.current) return;
              event.preventDefault();
              outcomeRef.current?.focus();
            }}
          />
        ) : null}
      </div>
      {live && config?.readOnly ? <ReadOnlyNotice /> : null}
      {staleError ? (
        <StaleWarning
          error={staleError}
          updatedAt={updatedAt}
          now={now}
          polling={polling}
          onRetry={refresh}
          retrying={isFetching}
        />
      ) : null}
      {result ? (
        <StopOutcomeNotice ref={outcomeRef} result={result} call={call} updatedAt={updatedAt} />
      ) : isEndedCall(call) ? (
        <EndedNotice call={call} />
      ) : null}
      <PostCallStatus
        phase={phase}
        call={call}
        sawWaiting={sawWaiting}
        onCheckAgain={refresh}
        checking={isFetching}
      />
    </div>
  );
}
