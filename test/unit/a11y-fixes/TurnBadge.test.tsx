import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TurnBadge } from '../../../src/components/call-page/conversation/TurnBadge';
import { expectLabelInName } from './labelInName';

describe('TurnBadge accessible name', () => {
  it('is the visible text, words in order, over target included', () => {
    render(
      <TurnBadge turn={1} totalMs={2240} targetMs={800} selected={false} onSelect={() => {}} />,
    );
    const badge = screen.getByRole('button', { name: 'Turn 1 2.24 s over target' });
    expectLabelInName(badge);
  });

  it('keeps the words apart when on target', () => {
    render(<TurnBadge turn={7} totalMs={500} targetMs={800} selected onSelect={() => {}} />);
    const badge = screen.getByRole('button', { name: 'Turn 7 500 ms' });
    expect(badge).toHaveAttribute('aria-pressed', 'true');
    expectLabelInName(badge);
  });
});
