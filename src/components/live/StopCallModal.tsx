import * as AlertDialog from '@radix-ui/react-alert-dialog';
import type { ApiError } from '../../api/errors';
import type { Call } from '../../api/schema';
import { StopCallDialog } from './StopCallDialog';

/**
 * The Radix root of the confirm dialog. It lives in its own chunk (Radix is ~14 KiB gzip), loaded
 * only for live calls, so opening an ended call from a ticket never downloads it.
 */
export default function StopCallModal({
  open,
  onOpenChange,
  call,
  now,
  pending,
  error,
  onConfirm,
  onCloseAutoFocus,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  call: Call;
  now: number;
  pending: boolean;
  error: ApiError | null;
  onConfirm: () => void;
  onCloseAutoFocus: (event: Event) => void;
}) {
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <StopCallDialog
        call={call}
        now={now}
        pending={pending}
        error={error}
        onConfirm={onConfirm}
        onCloseAutoFocus={onCloseAutoFocus}
      />
    </AlertDialog.Root>
  );
}
