import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { rememberFormatting } from './app/formattingCookie';
import { bootConsole } from './app/boot';
import { prefetchPageData, preloadPage } from './app/routes';
import { SSR_DATA_ID } from './app/ssrId';
import { publishStyleNonce } from './app/styleNonce';
import './index.css';

publishStyleNonce();
const container = document.getElementById('root')!;

function render() {
  const root = createRoot(container);

  // index.html's server hints have usually fetched the page's chunk by now. Rendering once it
  // has evaluated shows the page at once; rendering before would show a fallback, and React then
  // holds the page back for up to 300 ms (its Suspense throttle). A slow chunk is not awaited.
  const firstPage = preloadPage(window.location.pathname).catch(() => undefined);
  const notLongerThan = new Promise((resolve) => setTimeout(resolve, 300));

  void bootConsole().then(async ({ queryClient }) => {
    prefetchPageData(queryClient, window.location.pathname);
    await Promise.race([firstPage, notLongerThan]);
    root.render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    );
  });
}

// A call page the server rendered carries its call: hydrate it, with no second fetch. The
// hydration code is its own chunk (public/start-after-paint.js preloads it), so
// client-rendered pages do not carry it in their initial JS.
if (document.getElementById(SSR_DATA_ID)) {
  import('./app/hydrate')
    .then(({ hydrateServerPage }) => hydrateServerPage(container))
    .then(
      (hydrated) => {
        if (!hydrated) render();
      },
      () => render(),
    );
} else {
  // A server-rendered page stores it once painted (src/app/hydrate.tsx).
  window.addEventListener('load', () => rememberFormatting(), { once: true });
  render();
}
