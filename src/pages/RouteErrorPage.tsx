import { useRouteError } from 'react-router';
import { ErrorState } from '../components/states/ErrorState';

/** Last line of defence: a render error shows here instead of a blank page. */
export function RouteErrorPage() {
  const error = useRouteError();
  return (
    <main className="mx-auto max-w-3xl p-6">
      <ErrorState error={error} onRetry={() => window.location.reload()} />
    </main>
  );
}
