import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">There is nothing at this address.</p>
      <Link
        to="/calls"
        className="mt-4 inline-block text-indigo-700 underline dark:text-indigo-300"
      >
        Go to calls
      </Link>
    </div>
  );
}
