import { Outlet, ScrollRestoration } from 'react-router';
import { DemoBanner } from './DemoBanner';
import { Header } from './Header';

export function AppLayout() {
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-indigo-700"
      >
        Skip to content
      </a>
      <DemoBanner />
      <Header />
      <main id="main" className="mx-auto w-full max-w-7xl px-3 py-4 sm:px-6 sm:py-6">
        <Outlet />
      </main>
      {/* Back from a call returns to the same place in the list. */}
      <ScrollRestoration />
    </div>
  );
}
