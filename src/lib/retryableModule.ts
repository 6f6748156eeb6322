/** How a module is asked for again, under a fresh URL (a parameter for tests). */
export type FreshImport = (url: string) => Promise<unknown>;

/**
 * The module URL a failed dynamic import names, when it is on this page's origin. Chromium
 * ("Failed to fetch dynamically imported module: <url>") and Firefox ("error loading
 * dynamically imported module: <url>") name it; Safari does not.
 */
export function failedModuleUrl(error: unknown): string | undefined {
  const url = /https?:\/\/[^\s?#'"]+/.exec(String((error as Error | null)?.message ?? error))?.[0];
  return typeof location !== 'undefined' && url?.startsWith(location.origin + '/')
    ? url
    : undefined;
}

/**
 * `() => import('./x')`, except that after a failed download the next call asks for the module
 * under a fresh URL. A browser may keep a failed dynamic import in its module map and fail every
 * later import of that URL without a request (Debian's Chromium 150 does: measured, the second
 * import made no request), so "Try again" after a network blip or a deploy would never load the
 * code. The fresh copy is a second instance of that one module; its own imports are the page's.
 */
export function retryableModule<M>(
  load: () => Promise<M>,
  fresh: FreshImport = (url) => import(/* @vite-ignore */ url),
): () => Promise<M> {
  let failed: string | undefined;
  let attempt = 0;
  return () =>
    (failed ? (fresh(`${failed}?retry=${++attempt}`) as Promise<M>) : load()).catch(
      (error: unknown) => {
        failed = failedModuleUrl(error) ?? failed;
        throw error;
      },
    );
}

/** A module that renders read once it has loaded (see loadableModule). */
export interface LoadableModule<M> {
  /** Fetches the module (again under a fresh URL after a failure); resolves with it. */
  load: () => Promise<M>;
  /** The module once loaded; null before that, and while every attempt has failed. */
  readonly current: M | null;
}

/**
 * Code a page part uses once it is there, without suspending: the part asks for `load()`
 * (after the first paint, say) and reads `current` as it renders. Downloads go through
 * retryableModule, so a failed one is asked for again under a fresh URL on the next `load()`.
 */
export function loadableModule<M>(load: () => Promise<M>): LoadableModule<M> {
  const get = retryableModule(load);
  let current: M | null = null;
  return {
    load: () => get().then((module) => (current = module)),
    get current() {
      return current;
    },
  };
}
