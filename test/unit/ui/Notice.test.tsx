import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { Notice, type NoticeTone } from '../../../src/components/ui/Notice';

const TONES: NoticeTone[] = ['info', 'warning', 'error', 'success', 'neutral'];

describe('Notice', () => {
  it.each(TONES)('a standing %s note is not announced (no live role)', (tone) => {
    render(<Notice tone={tone}>The call is still live.</Notice>);
    expect(screen.getByText('The call is still live.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('is an alert only when asked to be one', () => {
    render(
      <Notice tone="error" role="alert">
        The call was not stopped.
      </Notice>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The call was not stopped.');
  });

  it('can be a polite status, a note, or a paragraph', () => {
    render(
      <>
        <Notice tone="success" role="status" as="p">
          Post-call data arrived.
        </Notice>
        <Notice tone="warning" role="note" aria-label="Latency data-quality warnings">
          1 data-quality warning
        </Notice>
      </>,
    );
    const status = screen.getByRole('status');
    expect(status.tagName).toBe('P');
    expect(status).toHaveTextContent('Post-call data arrived.');
    expect(screen.getByRole('note', { name: 'Latency data-quality warnings' })).toBeVisible();
  });

  it('takes a ref, so focus can move to it (the stop outcome)', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <Notice tone="neutral" role="status" tabIndex={-1} ref={ref}>
        Nothing was stopped.
      </Notice>,
    );
    ref.current!.focus();
    expect(screen.getByRole('status')).toHaveFocus();
  });

  it('looks different per tone', () => {
    render(
      <>
        {TONES.map((tone) => (
          <Notice key={tone} tone={tone}>
            {tone}
          </Notice>
        ))}
      </>,
    );
    const classes = new Set(TONES.map((tone) => screen.getByText(tone).className));
    expect(classes.size).toBe(TONES.length);
  });
});
