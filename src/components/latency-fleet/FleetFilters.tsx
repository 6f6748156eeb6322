import { useId } from 'react';
import { LIVE_STATUSES, statusLabel, TERMINAL_STATUSES } from '../../api/callStatus';
import { FLEET_LIMITS } from '../../lib/fleet/query';
import { FLEET_TYPES, type FleetUrlState } from '../../lib/fleet/urlState';
import { humanize } from '../../lib/format';
import { AgentOption } from '../shared/AgentName';
import { FilterSelect } from '../ui/FilterSelect';
import { count } from './fleetText';

const inputClass =
  'w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950';

function DateInput({
  label,
  value,
  min,
  max,
  onChange,
}: {
  label: string;
  value: string;
  min: string;
  max: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600 dark:text-slate-300">
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={value}
        min={min || undefined}
        max={max || undefined}
        onChange={(e) => onChange(e.target.value)}
        className={inputClass}
      />
    </div>
  );
}

/**
 * Window size, agent and status decide which calls are read (the API filters those); type and
 * dates narrow what was read, within the loaded span.
 */
export function FleetFilters({
  state,
  update,
  agentIds,
  span,
}: {
  state: FleetUrlState;
  update: (change: Partial<FleetUrlState>) => void;
  agentIds: string[];
  /** The first and last day loaded (local, YYYY-MM-DD), for the date inputs' bounds. */
  span: { first: string; last: string };
}) {
  const agents = [...new Set([...agentIds, state.agentId].filter(Boolean))].sort();
  return (
    <form
      aria-label="Latency filters"
      onSubmit={(e) => e.preventDefault()}
      className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6"
    >
      <FilterSelect
        label="Window"
        value={String(state.limit)}
        onChange={(v) => update({ limit: Number(v) as FleetUrlState['limit'] })}
      >
        {FLEET_LIMITS.map((l) => (
          <option key={l} value={l}>
            Last {count(l)} calls
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label="Agent" value={state.agentId} onChange={(v) => update({ agentId: v })}>
        <option value="">All agents</option>
        {agents.map((id) => (
          <AgentOption key={id} agentId={id} />
        ))}
      </FilterSelect>
      <FilterSelect label="Status" value={state.status} onChange={(v) => update({ status: v })}>
        <option value="">All statuses</option>
        {[...TERMINAL_STATUSES, ...LIVE_STATUSES].map((s) => (
          <option key={s} value={s}>
            {statusLabel(s)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label="Type" value={state.type} onChange={(v) => update({ type: v })}>
        <option value="">All types</option>
        {FLEET_TYPES.map((t) => (
          <option key={t} value={t}>
            {humanize(t)}
          </option>
        ))}
      </FilterSelect>
      <DateInput
        label="From"
        value={state.from}
        min={span.first}
        max={state.to || span.last}
        onChange={(from) => update({ from })}
      />
      <DateInput
        label="To"
        value={state.to}
        min={state.from || span.first}
        max={span.last}
        onChange={(to) => update({ to })}
      />
    </form>
  );
}
