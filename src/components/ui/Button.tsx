import type { ComponentProps } from 'react';
import { buttonClass, type ButtonSize, type ButtonVariant } from './buttonClass';

/**
 * A `<button type="button">` in one of the console's looks (src/components/ui/buttonClass.ts).
 * Everything else (ref, aria-*, disabled, onClick) passes through, so the accessible name is
 * the children or aria-label exactly as before.
 */
export function Button({
  variant,
  size,
  className,
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...props} />;
}
