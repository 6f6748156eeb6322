import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { isLiveCall } from '../../../../api/callStatus';
import type { ApiError } from '../../../../api/errors';
import type { Call } from '../../../../api/schema';
import { StopCallDetails } from './StopCallDetails';
import { retryWaitSeconds } from '../../../../api/stopAnswer';
import { StopRefusal } from './StopRefusal';
import { Button } from '../../../ui/Button';

/**
 * The confirm step. Radix gives the modal alertdialog, the focus trap, Esc, and focus on Cancel.
 * While the stop is on its way the dialog cannot be dismissed, so its answer (and any error)
 * is never lost; the confirm button keeps its name and shows progress instead.
 */
export function StopCallDialog({
  call,
  now,
  pending,
  error,
  onConfirm,
  onCloseAutoFocus,
}: {
  call: Call;
  now: number;
  pending: boolean;
  error: ApiError | null;
  onConfirm: () => void;
  /** After a stop the trigger is gone, so the parent moves focus to the outcome instead. */
  onCloseAutoFocus: (event: Event) => void;
}) {
  const live = isLiveCall(call);
  // After a 429 the confirm button waits out Retry-After.
  const waiting = (retryWaitSeconds(error, now) ?? 0) > 0;
  const blocked = pending || waiting;
  return (
    <AlertDialog.Portal>
      <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50 backdrop-blur-[1px]" />
      <AlertDialog.Content
        onEscapeKeyDown={(event) => {
          if (pending) event.preventDefault();
        }}
        onCloseAutoFocus={onCloseAutoFocus}
        className="fixed top-1/2 left-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg border border-slate-200 bg-white p-5 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <AlertDialog.Title className="text-lg font-semibold">Stop this call?</AlertDialog.Title>
        <AlertDialog.Description className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          The call ends at once for everyone on it. This cannot be undone.
        </AlertDialog.Description>
        <div className="mt-4">
          <StopCallDetails call={call} now={now} />
        </div>
        {!live && !pending ? (
          <p className="mt-3 text-sm font-medium">
            This call ended while this dialog was open. There is nothing to stop.
          </p>
        ) : null}
        {error ? <StopRefusal error={error} now={now} /> : null}
        <div className="mt-5 flex flex-col gap-2 sm:flex-row sm:justify-end">
          <AlertDialog.Cancel asChild>
            <Button
              size="lg"
              className="justify-center font-medium aria-disabled:cursor-not-allowed aria-disabled:opacity-60"
              aria-disabled={pending || undefined}
              onClick={(event) => {
                // Keep the dialog (and the answer that is coming) on screen.
                if (pending) event.preventDefault();
              }}
            >
              Cancel
            </Button>
          </AlertDialog.Cancel>
          {live || pending ? (
            <Button
              variant="danger"
              size="lg"
              className="justify-center gap-2 aria-disabled:cursor-progress aria-disabled:opacity-80"
              // aria-disabled, not disabled: focus stays on the button, and the click guard
              // in useStopCall ignores repeats.
              aria-disabled={blocked || undefined}
              aria-busy={pending || undefined}
              onClick={() => {
                if (!waiting) onConfirm();
              }}
            >
              {pending ? (
                <>
                  <span
                    aria-hidden="true"
                    className="size-3.5 animate-spin rounded-full border-2 border-white border-t-transparent motion-reduce:animate-none"
                  />
                  Stopping…
                </>
              ) : (
                'Stop call'
              )}
            </Button>
          ) : null}
        </div>
      </AlertDialog.Content>
    </AlertDialog.Portal>
  );
}
