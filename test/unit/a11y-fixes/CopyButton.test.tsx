import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CopyButton } from '../../../src/components/ui/CopyButton';
import { JsonPanel } from '../../../src/components/call-page/raw/JsonPanel';
import { expectLabelInName } from './labelInName';

describe('copy buttons: the visible text begins the accessible name', () => {
  it('a JSON panel says what it copies, in the words of its name', async () => {
    const user = userEvent.setup();
    render(<JsonPanel title="Variables" value={{ plan: 'pro' }} />);
    await user.click(screen.getByText('Variables'));
    const copy = screen.getByRole('button', { name: 'Copy Variables JSON' });
    expect(copy).toHaveTextContent('Copy Variables JSON');
    expectLabelInName(copy);
    await user.click(copy);
    expect(JSON.parse(await navigator.clipboard.readText())).toEqual({ plan: 'pro' });
  });

  it('a plain "Copy" button is still named for what it copies', () => {
    render(<CopyButton value="call_1" label="call id" />);
    const copy = screen.getByRole('button', { name: 'Copy call id' });
    expect(copy).toHaveTextContent(/^Copy$/);
    expectLabelInName(copy);
  });
});
