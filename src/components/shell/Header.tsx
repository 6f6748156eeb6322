import { Link, useLocation } from 'react-router';
import { OpenCallForm } from './OpenCallForm';
import { ThemeToggle } from './ThemeToggle';
import { useConsoleConfig } from '../shared/useConsoleConfig';

export function Header() {
  const config = useConsoleConfig();
  // Link, not NavLink: NavLink's path matching costs ~1 KiB of the first chunk.
  const { pathname } = useLocation();
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex w-full max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2 sm:px-6">
        <Link
          to="/calls"
          className="font-semibold tracking-tight text-indigo-700 dark:text-indigo-300"
        >
          OneInbox <span className="text-slate-700 dark:text-slate-200">Call Console</span>
        </Link>
        <nav aria-label="Main" className="flex gap-1 text-sm">
          {[
            ['/calls', 'Calls'],
            ['/latency', 'Latency'],
          ].map(([to, label]) => (
            <Link
              key={to}
              to={to!}
              aria-current={pathname === to || pathname.startsWith(`${to}/`) ? 'page' : undefined}
              className="rounded px-2 py-1 hover:bg-slate-100 aria-[current=page]:bg-slate-100 aria-[current=page]:font-semibold dark:hover:bg-slate-800 dark:aria-[current=page]:bg-slate-800"
            >
              {label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex w-full min-w-0 items-center justify-end gap-2 sm:w-auto sm:flex-none">
          <OpenCallForm />
          <ThemeToggle />
          {config?.user ? (
            <span
              className="hidden truncate text-sm text-slate-600 sm:inline dark:text-slate-300"
              title="Signed in"
            >
              {config.user}
            </span>
          ) : null}
        </div>
      </div>
    </header>
  );
}
