import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { deferUntilPainted } from '../../../src/components/call-page/deferUntilPainted';
import { SectionBoundary } from '../../../src/components/call-page/SectionBoundary';

function Panel({ label }: { label: string }) {
  return <p>{label} loaded</p>;
}

describe('deferUntilPainted', () => {
  it('shows the placeholder for the first paint, then the loaded section', async () => {
    const Deferred = deferUntilPainted(
      () => Promise.resolve({ Panel }),
      'Panel',
      <p role="status">placeholder</p>,
    );
    render(<Deferred label="Charts" />);
    expect(screen.getByRole('status')).toHaveTextContent('placeholder');
    expect(await screen.findByText('Charts loaded')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('starts loading after the second frame, leaving what the first frame queued to run first', async () => {
    // Frames by hand: each call of nextFrame runs the callbacks requested before it.
    let frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    const nextFrame = async () => {
      const due = frames;
      frames = [];
      await act(async () => {
        for (const callback of due) callback(performance.now());
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    };
    const load = vi.fn(() => Promise.resolve({ Panel }));
    const Deferred = deferUntilPainted(load, 'Panel', <p role="status">placeholder</p>);
    render(<Deferred label="Charts" />);

    await nextFrame();
    expect(load).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('placeholder');

    await nextFrame();
    expect(load).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Charts loaded')).toBeInTheDocument();
  });

  it('a chunk that fails to load fails its own section, which can try again', async () => {
    let attempts = 0;
    const Deferred = deferUntilPainted(
      () => {
        attempts += 1;
        return attempts <= 2
          ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: /x.js'))
          : Promise.resolve({ Panel });
      },
      'Panel',
      null,
    );
    const onError = console.error;
    console.error = () => undefined; // React and the boundary report the caught error
    try {
      render(
        <>
          <h1>Rest of the page</h1>
          <SectionBoundary title="Latency" resetKey="call-1">
            <Deferred label="Latency" />
          </SectionBoundary>
        </>,
      );
      expect(await screen.findByText('Latency could not be shown.')).toBeInTheDocument();
      // A download failure is not blamed on the call's data.
      expect(screen.getByRole('alert')).toHaveTextContent(/Its code did not download/);
      expect(screen.getByRole('heading', { name: 'Rest of the page' })).toBeInTheDocument();
      // It stays failed (no retry loop) until someone asks again.
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(attempts).toBe(2);
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      expect(await screen.findByText('Latency loaded')).toBeInTheDocument();
    } finally {
      console.error = onError;
    }
  });
});
