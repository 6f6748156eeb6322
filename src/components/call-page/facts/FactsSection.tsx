import type { ReactNode } from 'react';
import { isLiveCall } from '../../../api/callStatus';
import type { Call } from '../../../api/schema';
import { concurrencyAtDispatch, callDurationSeconds, formatCredits } from '../../../lib/callFacts';
import {
  EMPTY,
  formatCents,
  formatDuration,
  formatEndReason,
  formatPhone,
  formatTypeAndDirection,
  humanize,
} from '../../../lib/format';
import { CopyButton } from '../../ui/CopyButton';
import { LocalTime } from '../../shared/LocalTime';
import { Section } from '../../ui/Section';
import { StatusBadge } from '../../shared/StatusBadge';
import { AgentName } from '../../shared/AgentName';
import { useNow } from '../../shared/useNow';

function Empty() {
  return (
    <>
      <span aria-hidden="true" className="text-slate-400 dark:text-slate-500">
        {EMPTY}
      </span>
      <span className="sr-only">Not set</span>
    </>
  );
}

function Fact({
  label,
  children,
  wide = false,
}: {
  label: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <div className={`min-w-0 ${wide ? 'col-span-2' : ''}`}>
      <dt className="text-xs font-medium text-slate-500 uppercase dark:text-slate-400">{label}</dt>
      <dd className="mt-0.5 flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 text-sm break-words">
        {children}
      </dd>
    </div>
  );
}

/** A value with a copy button; the displayed form may differ from what is copied. */
function Copyable({
  value,
  shown,
  label,
  mono = false,
}: {
  value: string | null;
  shown?: string;
  label: string;
  mono?: boolean;
}) {
  if (!value) return <Empty />;
  return (
    <>
      <span className={`min-w-0 ${mono ? 'font-mono text-xs break-all' : ''}`}>
        {shown ?? value}
      </span>
      <CopyButton value={value} label={label} />
    </>
  );
}

/** The agent's name, then its id (copyable) when the name is shown in its place. */
function AgentFact({ agentId }: { agentId: string }) {
  if (agentId === '') return <Empty />;
  return (
    <>
      <span className="min-w-0">
        <AgentName agentId={agentId} explainError />
      </span>
      <span className="font-mono text-xs break-all text-slate-500 dark:text-slate-400">
        {agentId}
      </span>
      <CopyButton value={agentId} label="agent id" />
    </>
  );
}

function Duration({ call }: { call: Call }) {
  const live = isLiveCall(call);
  const now = useNow(1_000, live);
  const seconds = callDurationSeconds(call, now);
  if (seconds === null) return <Empty />;
  return (
    <span className="tabular-nums">
      {formatDuration(seconds)}
      {live ? <span className="ml-1 text-xs text-sky-700 dark:text-sky-300">(running)</span> : null}
    </span>
  );
}

function orEmpty(text: string): ReactNode {
  return text === EMPTY || text === '' ? <Empty /> : text;
}

/** Everything support needs to identify a call: who, when, how long, why it ended, what it cost. */
export function CallFacts({ call }: { call: Call }) {
  const concurrency = concurrencyAtDispatch(call.metadata);
  const credits = formatCredits(call.credits_used);
  return (
    <Section id="facts" title="Call facts">
      <dl className="grid grid-cols-2 gap-x-4 gap-y-3">
        <Fact label="Status" wide>
          <StatusBadge call={call} />
          <span className="text-slate-700 dark:text-slate-300">
            {formatTypeAndDirection(call.type, call.direction)}
          </span>
        </Fact>
        <Fact label="Agent" wide>
          <AgentFact agentId={call.agent_id} />
        </Fact>
        <Fact label="From">
          <Copyable
            value={call.from_number}
            shown={formatPhone(call.from_number)}
            label="from number"
          />
        </Fact>
        <Fact label="To">
          <Copyable value={call.to_number} shown={formatPhone(call.to_number)} label="to number" />
        </Fact>
        <Fact label="Created">
          <LocalTime value={call.created_at} />
        </Fact>
        <Fact label="Scheduled">
          <LocalTime value={call.scheduled_at} />
        </Fact>
        <Fact label="Started">
          <LocalTime value={call.started_at} />
        </Fact>
        <Fact label="Ended">
          <LocalTime value={call.ended_at} />
        </Fact>
        <Fact label="Duration">
          <Duration call={call} />
        </Fact>
        <Fact label="End reason">
          {call.end_reason ? (
            <span title={call.end_reason}>{formatEndReason(call.end_reason)}</span>
          ) : (
            <Empty />
          )}
        </Fact>
        <Fact label="Outcome">{orEmpty(humanize(call.outcome))}</Fact>
        <Fact label="Cost">{orEmpty(formatCents(call.cost_cents))}</Fact>
        <Fact label="Credits">{credits ?? <Empty />}</Fact>
        <Fact label="Concurrency at dispatch">
          {concurrency === null ? <Empty /> : concurrency}
        </Fact>
        <Fact label="Call id" wide>
          <Copyable value={call.id} label="call id" mono />
        </Fact>
        <Fact label="Twilio call SID" wide>
          <Copyable value={call.twilio_call_sid} label="Twilio call SID" mono />
        </Fact>
        <Fact label="Room" wide>
          <Copyable value={call.room_name} label="room name" mono />
        </Fact>
      </dl>
    </Section>
  );
}
