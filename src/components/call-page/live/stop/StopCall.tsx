import { Suspense, useEffect, useRef, useState } from 'react';
import { isLiveCall } from '../../../../api/callStatus';
import type { StopResult, useStopCall } from '../../../../api/mutations';
import type { Call } from '../../../../api/schema';
import { lazyWithPreload } from '../../../../lib/lazyWithPreload';
import { StopCallButton } from './StopCallButton';
import { retryWaitSeconds } from '../../../../api/stopAnswer';

// Its own chunk (Radix), through the same loader as every other lazy part: once preloaded it
// opens without suspending, and a download that failed is fetched again on the next try.
const modal = lazyWithPreload(() => import('./StopCallModal'), 'default');
const StopCallModal = modal.Component;

/**
 * The "Stop call" button and its confirm dialog. The mutation lives in the parent, so its result
 * outlives the dialog; the dialog stays mounted while open even if the call ends under it.
 */
export function StopCall({
  call,
  now,
  stopper,
  onStopped,
  onCloseAutoFocus,
}: {
  call: Call;
  now: number;
  stopper: ReturnType<typeof useStopCall>;
  onStopped: (result: StopResult) => void;
  onCloseAutoFocus: (event: Event) => void;
}) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const pending = stopper.isPending;
  const live = isLiveCall(call);

  // A live call may need stopping in a hurry: fetch the dialog code before the click.
  useEffect(() => {
    if (live) void modal.preload().catch(() => undefined);
  }, [live]);

  if (!open && !live) return null;

  return (
    <>
      <StopCallButton
        ref={buttonRef}
        expanded={open}
        onClick={() => {
          // A fresh dialog, not last attempt's error; but a 429's wait carries over.
          if (!retryWaitSeconds(stopper.error, now)) stopper.reset();
          setOpen(true);
        }}
      />
      {open ? (
        <Suspense fallback={null}>
          <StopCallModal
            open={open}
            onOpenChange={(next) => {
              if (!next && pending) return; // the answer is on its way: keep it on screen
              setOpen(next);
            }}
            call={call}
            now={now}
            pending={pending}
            error={stopper.error}
            onConfirm={() =>
              stopper.stop((result) => {
                setOpen(false);
                onStopped(result);
              })
            }
            onCloseAutoFocus={(event) => {
              onCloseAutoFocus(event);
              if (event.defaultPrevented) return;
              // Without a Radix Trigger, focus goes back to the button by hand.
              event.preventDefault();
              buttonRef.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
