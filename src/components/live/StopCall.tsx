import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useState } from 'react';
import { isLiveStatus } from '../../api/callStatus';
import type { StopResult, useStopCall } from '../../api/mutations';
import type { Call } from '../../api/schema';
import { StopCallButton } from './StopCallButton';
import { StopCallDialog } from './StopCallDialog';

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
  const pending = stopper.isPending;
  if (!open && !isLiveStatus(call.status)) return null;

  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next && pending) return; // the answer is on its way: keep it on screen
        if (next) stopper.reset(); // a fresh dialog, not last attempt's error
        setOpen(next);
      }}
    >
      <StopCallButton />
      {open ? (
        <StopCallDialog
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
          onCloseAutoFocus={onCloseAutoFocus}
        />
      ) : null}
    </AlertDialog.Root>
  );
}
