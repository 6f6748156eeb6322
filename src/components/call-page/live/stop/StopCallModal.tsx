import * as AlertDialog from '@radix-ui/react-alert-dialog';
import type { ComponentProps } from 'react';
import { StopCallDialog } from './StopCallDialog';

/**
 * The Radix root of the confirm dialog. It lives in its own chunk (Radix is ~14 KiB gzip), loaded
 * only for live calls, so opening an ended call from a ticket never downloads it.
 */
export default function StopCallModal({
  open,
  onOpenChange,
  ...dialog
}: ComponentProps<typeof StopCallDialog> & {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <StopCallDialog {...dialog} />
    </AlertDialog.Root>
  );
}
