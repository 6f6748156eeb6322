import { Link } from 'react-router';
import { DEMO_CALL_IDS } from '../mocks/generator';

/** Placeholder until the calls list lands (issue 7). */
export function CallsPage() {
  return (
    <div>
      <h1 className="text-2xl font-semibold">Calls</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">
        The call list is coming. Open a call by its id above, or try a demo call:
      </p>
      <ul className="mt-3 list-disc pl-6">
        <li>
          <Link
            className="text-indigo-700 underline dark:text-indigo-300"
            to={`/calls/${DEMO_CALL_IDS.live}`}
          >
            A live call
          </Link>
        </li>
        <li>
          <Link
            className="text-indigo-700 underline dark:text-indigo-300"
            to={`/calls/${DEMO_CALL_IDS.booked}`}
          >
            A completed call
          </Link>
        </li>
      </ul>
    </div>
  );
}
