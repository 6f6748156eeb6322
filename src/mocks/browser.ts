import { setupWorker } from 'msw/browser';
import { createDemoDb } from './db';
import { createHandlers } from './handlers';

/** Demo mode: MSW's service worker answers /v1 in the browser. Loaded lazily, only in demo mode. */
export async function startDemoWorker() {
  const worker = setupWorker(...createHandlers(createDemoDb(), { latencyMs: 250 }));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  return worker;
}
