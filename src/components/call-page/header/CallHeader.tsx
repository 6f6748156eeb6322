import type { Call } from '../../../api/schema';
import { partiesLabel } from '../../../lib/callFacts';
import { formatTypeAndDirection } from '../../../lib/format';
import { deferUntilPainted } from '../deferUntilPainted';
import { SectionBoundary } from '../SectionBoundary';
import { StatusBadge } from '../../shared/StatusBadge';
import { judgeStatus } from '../../../api/callStatus';

// Polling and the Stop call flow start just after the call's first paint (nobody can press
// Stop within it), so the first line does not wait for their code.
const LiveControls = deferUntilPainted(() => import('../live/LiveControls'), 'LiveControls', null);

// Only a call whose status the console does not know has this note. It explains the live
// controls, which themselves arrive after the first paint, so it loads then too.
const UnknownStatusNote = deferUntilPainted(
  () => import('./UnknownStatusNote'),
  'UnknownStatusNote',
  null,
);

/** Who, what and state at a glance; live controls (polling state, Stop call) sit on the right. */
export function CallHeader({ call }: { call: Call }) {
  return (
    <header className="mb-4 flex flex-wrap items-start gap-3">
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge call={call} />
          <span className="text-sm text-slate-600 dark:text-slate-300">
            {formatTypeAndDirection(call.type, call.direction)}
          </span>
        </div>
        {judgeStatus(call).startsWith('unknown-') ? <UnknownStatusNote call={call} /> : null}
        <h1 className="mt-1 text-xl font-semibold break-words sm:text-2xl">{partiesLabel(call)}</h1>
        <p className="mt-0.5 font-mono text-xs break-all text-slate-600 dark:text-slate-400">
          <span className="sr-only">Call id: </span>
          {call.id}
        </p>
      </div>
      {/* Its own boundary: a chunk that fails to load must not take the call page with it. */}
      <SectionBoundary title="Live controls" resetKey={call}>
        <LiveControls call={call} />
      </SectionBoundary>
    </header>
  );
}
