import type { Ref } from 'react';
import { Button } from '../../../ui/Button';

/** Opens the confirm dialog; on its own it stops nothing. */
export function StopCallButton({
  ref,
  expanded,
  onClick,
}: {
  ref: Ref<HTMLButtonElement>;
  expanded: boolean;
  onClick: () => void;
}) {
  return (
    <Button
      ref={ref}
      variant="danger-outline"
      aria-haspopup="dialog"
      aria-expanded={expanded}
      onClick={onClick}
    >
      Stop call
    </Button>
  );
}
