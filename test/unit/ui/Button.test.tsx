import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../../../src/components/ui/Button';
import {
  buttonClass,
  type ButtonSize,
  type ButtonVariant,
} from '../../../src/components/ui/buttonClass';

const VARIANTS: ButtonVariant[] = [
  'primary',
  'secondary',
  'quiet',
  'danger',
  'danger-outline',
  'on-notice',
  'link',
  'plain',
  'row-link',
];
const SIZES: ButtonSize[] = ['xs', 'sm', 'md', 'lg', 'icon', 'touch'];

/**
 * The CSS property family a Tailwind class sets, for the ones a button sets: two classes of one
 * family (px-2 and px-3) would be decided by Tailwind's stylesheet order, not the class list.
 */
function family(cls: string): string | null {
  const i = cls.lastIndexOf(':');
  const variant = cls.slice(0, i + 1);
  const utility = cls.slice(i + 1);
  const rules: [RegExp, string][] = [
    [/^p-/, 'p'],
    [/^px-/, 'px'],
    [/^py-/, 'py'],
    [/^text-(xs|sm|base|lg|xl)$/, 'font-size'],
    [/^text-(?!xs|sm|base|lg|xl|left|center|right)/, 'color'],
    [/^font-(medium|semibold|bold|normal)$/, 'font-weight'],
    [/^rounded/, 'rounded'],
    [/^bg-/, 'bg'],
    [/^gap-/, 'gap'],
    [/^justify-/, 'justify'],
    [/^opacity-/, 'opacity'],
    [/^cursor-/, 'cursor'],
    [/^(inline-flex|flex|block|inline-block|hidden)$/, 'display'],
  ];
  const hit = rules.find(([re]) => re.test(utility));
  return hit ? variant + hit[1] : null;
}

describe('Button', () => {
  it.each(VARIANTS)('renders a %s button, named by its text', (variant) => {
    render(<Button variant={variant}>Try again</Button>);
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveAttribute('type', 'button');
  });

  it('keeps an aria-label as the name (icon buttons)', () => {
    render(
      <Button size="icon" aria-label="Next match">
        ↓
      </Button>,
    );
    expect(screen.getByRole('button', { name: 'Next match' })).toHaveTextContent('↓');
  });

  it('does not submit the form it sits in unless asked to', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((e: SubmitEvent | React.FormEvent) => e.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <Button>Refresh</Button>
        <Button type="submit" variant="primary">
          Open
        </Button>
      </form>,
    );
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('passes ref, disabled and aria attributes through', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    const ref = createRef<HTMLButtonElement>();
    render(
      <Button ref={ref} disabled aria-expanded={false} onClick={onClick}>
        Stop call
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Stop call' });
    expect(ref.current).toBe(button);
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('adds the caller’s classes to the variant’s', () => {
    render(
      <Button variant="danger" className="mt-3">
        Try again
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Try again' });
    expect(button.className.split(' ')).toEqual(
      expect.arrayContaining(['mt-3', ...buttonClass({ variant: 'danger' }).split(' ')]),
    );
  });

  it('gives every variant its own look', () => {
    const looks = new Set(VARIANTS.map((variant) => buttonClass({ variant })));
    expect(looks.size).toBe(VARIANTS.length);
  });

  it('sets each CSS property once per variant and size, so no class wins by stylesheet order', () => {
    for (const variant of VARIANTS) {
      for (const size of SIZES) {
        const seen = new Map<string, string>();
        for (const cls of buttonClass({ variant, size }).split(' ')) {
          const f = family(cls);
          if (f === null) continue;
          expect(seen.get(f), `${variant}/${size}: ${cls} after ${seen.get(f)}`).toBeUndefined();
          seen.set(f, cls);
        }
      }
    }
  });
});
