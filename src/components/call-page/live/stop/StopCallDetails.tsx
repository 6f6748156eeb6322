import { isLiveCall, statusLabel } from '../../../../api/callStatus';
import type { Call } from '../../../../api/schema';
import { AgentName } from '../../../shared/AgentName';
import { callDurationSeconds, partiesLabel } from '../../../../lib/callFacts';
import { formatDuration } from '../../../../lib/format';

/** Names the call in the stop dialog, so nobody stops the wrong one. */
export function StopCallDetails({ call, now }: { call: Call; now: number }) {
  const seconds = callDurationSeconds(call, now);
  const elapsed = seconds === null ? null : formatDuration(seconds);
  const rows: [string, React.ReactNode][] = [
    ['Call', partiesLabel(call)],
    ['Agent', <AgentName key="agent" agentId={call.agent_id} empty="Unknown agent" />],
    [
      'Elapsed',
      elapsed ?? (isLiveCall(call) ? `Not started yet (${statusLabel(call.status)})` : 'Unknown'),
    ],
    [
      'Call id',
      <span key="id" className="font-mono text-xs break-all">
        {call.id}
      </span>,
    ],
  ];
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1.5 rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-800/60">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
          <dd className="min-w-0 font-medium break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
