import { describe, expect, it, vi } from 'vitest';
import { failedModuleUrl, loadableModule, retryableModule } from '../../../src/lib/retryableModule';

const origin = window.location.origin;
const chromiumFailure = (path: string) =>
  new TypeError(`Failed to fetch dynamically imported module: ${origin}${path}`);

describe('retryableModule', () => {
  it('hands over the module', async () => {
    const load = retryableModule(() => Promise.resolve({ Chart: 'the chart' }));
    await expect(load()).resolves.toEqual({ Chart: 'the chart' });
  });

  it('after a failed download, asks for the module again under a fresh URL each time', async () => {
    const first = vi.fn(() => Promise.reject(chromiumFailure('/assets/Chart-abc.js')));
    const fresh = vi
      .fn<(url: string) => Promise<unknown>>()
      .mockRejectedValueOnce(chromiumFailure('/assets/Chart-abc.js?retry=1'))
      .mockResolvedValueOnce({ Chart: 'the chart' });
    const load = retryableModule(first, fresh);
    await expect(load()).rejects.toThrow('Failed to fetch');
    await expect(load()).rejects.toThrow('Failed to fetch');
    await expect(load()).resolves.toEqual({ Chart: 'the chart' });
    // The browser's cached failure is never asked for again.
    expect(first).toHaveBeenCalledTimes(1);
    expect(fresh.mock.calls.map(([url]) => url)).toEqual([
      `${origin}/assets/Chart-abc.js?retry=1`,
      `${origin}/assets/Chart-abc.js?retry=2`,
    ]);
  });

  it('tries the plain import again when the failure names no module (Safari)', async () => {
    const first = vi
      .fn<() => Promise<{ Chart: string }>>()
      .mockRejectedValueOnce(new TypeError('Importing a module script failed.'))
      .mockResolvedValueOnce({ Chart: 'the chart' });
    const fresh = vi.fn();
    const load = retryableModule(first, fresh);
    await expect(load()).rejects.toThrow('Importing a module script failed.');
    await expect(load()).resolves.toEqual({ Chart: 'the chart' });
    expect(fresh).not.toHaveBeenCalled();
  });
});

describe('loadableModule', () => {
  it('has no module until one has loaded, keeps none after a failure, and asks again', async () => {
    const first = vi
      .fn<() => Promise<{ Badge: string }>>()
      .mockRejectedValueOnce(new TypeError('Importing a module script failed.'))
      .mockResolvedValueOnce({ Badge: 'the badge' });
    const code = loadableModule(first);
    expect(code.current).toBeNull();
    await expect(code.load()).rejects.toThrow('Importing a module script failed.');
    expect(code.current).toBeNull();
    await expect(code.load()).resolves.toEqual({ Badge: 'the badge' });
    expect(code.current).toEqual({ Badge: 'the badge' });
    expect(first).toHaveBeenCalledTimes(2);
  });
});

describe('failedModuleUrl', () => {
  it('reads the module URL a failed import names, on this origin only, without its query', () => {
    expect(failedModuleUrl(chromiumFailure('/assets/X-1.js?retry=3'))).toBe(
      `${origin}/assets/X-1.js`,
    );
    expect(
      failedModuleUrl(
        new TypeError(`error loading dynamically imported module: ${origin}/src/X.tsx`),
      ),
    ).toBe(`${origin}/src/X.tsx`);
    expect(
      failedModuleUrl(
        new TypeError('Failed to fetch dynamically imported module: https://cdn.example/x.js'),
      ),
    ).toBeUndefined();
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeUndefined();
    expect(failedModuleUrl('not an error')).toBeUndefined();
  });
});
