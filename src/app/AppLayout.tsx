import { ErrorBoundary } from 'react-error-boundary';
import { Outlet, useLocation } from 'react-router';
import { RouteErrorPage } from './RouteErrorPage';
import { DemoBanner } from '../components/shell/DemoBanner';
import { Header } from '../components/shell/Header';
import { useScrollRestoration } from './useScrollRestoration';

export function AppLayout() {
  const { pathname } = useLocation();
  useScrollRestoration();
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
        {/* A page that fails keeps the header, so the reader can still go elsewhere. */}
        <ErrorBoundary FallbackComponent={RouteErrorPage} resetKeys={[pathname]}>
          <Outlet />
        </ErrorBoundary>
      </main>
    </div>
  );
}
