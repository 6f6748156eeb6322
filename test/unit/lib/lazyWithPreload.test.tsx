import { act, render, screen } from '@testing-library/react';
import { Suspense, type ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyWithPreload } from '../../../src/lib/lazyWithPreload';

function Page() {
  return <p>page content</p>;
}

function deferred() {
  let resolve!: (module: { Page: typeof Page }) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<{ Page: typeof Page }>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function renderIn(Component: ComponentType) {
  return render(
    <Suspense fallback={<p>fallback</p>}>
      <Component />
    </Suspense>,
  );
}

describe('lazyWithPreload', () => {
  it('renders a preloaded component in the first commit, without the fallback', async () => {
    const page = lazyWithPreload(() => Promise.resolve({ Page }), 'Page');
    await page.preload();
    expect(page.isLoaded()).toBe(true);
    renderIn(page.Component);
    // Synchronously after render: React did not suspend, so no fallback and no retry needed.
    expect(screen.getByText('page content')).toBeInTheDocument();
    expect(screen.queryByText('fallback')).not.toBeInTheDocument();
  });

  it('suspends like React.lazy when the chunk is still loading, and loads it once', async () => {
    let loads = 0;
    const chunk = deferred();
    const page = lazyWithPreload(() => {
      loads += 1;
      return chunk.promise;
    }, 'Page');
    void page.preload();
    renderIn(page.Component);
    expect(screen.getByText('fallback')).toBeInTheDocument();
    await act(async () => chunk.resolve({ Page }));
    expect(await screen.findByText('page content')).toBeInTheDocument();
    expect(loads).toBe(1);
  });

  it('lets a later preload try again after a failed load', async () => {
    let attempt = 0;
    const page = lazyWithPreload(() => {
      attempt += 1;
      return attempt === 1 ? Promise.reject(new Error('chunk missing')) : Promise.resolve({ Page });
    }, 'Page');
    await expect(page.preload()).rejects.toThrow('chunk missing');
    expect(page.isLoaded()).toBe(false);
    await page.preload();
    expect(page.isLoaded()).toBe(true);
    expect(attempt).toBe(2);
  });
});
