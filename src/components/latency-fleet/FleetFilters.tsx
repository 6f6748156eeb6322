import { LIVE_STATUSES, statusLabel, TERMINAL_STATUSES } from '../../api/callStatus';
import { FLEET_LIMITS } from '../../lib/fleet/query';
import { FLEET_TYPES, type FleetUrlState } from '../../lib/fleet/urlState';
import { humanize } from '../../lib/format';
import { AgentOption } from '../shared/AgentName';
import { FilterField, FilterSelect, filterInputClass } from '../ui/FilterSelect';
import { count } from './fleetText';

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
  return (
    <FilterField label={label}>
      {(id) => (
        <input
          id={id}
          type="date"
          value={value}
          min={min || undefined}
          max={max || undefined}
          onChange={(e) => onChange(e.target.value)}
          className={filterInputClass}
        />
      )}
    </FilterField>
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
        options={FLEET_LIMITS}
        optionLabel={(l) => `Last ${count(l)} calls`}
      />
      <FilterSelect
        label="Agent"
        value={state.agentId}
        onChange={(v) => update({ agentId: v })}
        any="All agents"
      >
        {agents.map((id) => (
          <AgentOption key={id} agentId={id} />
        ))}
      </FilterSelect>
      <FilterSelect
        label="Status"
        value={state.status}
        onChange={(v) => update({ status: v })}
        any="All statuses"
        options={[...TERMINAL_STATUSES, ...LIVE_STATUSES]}
        optionLabel={statusLabel}
      />
      <FilterSelect
        label="Type"
        value={state.type}
        onChange={(v) => update({ type: v })}
        any="All types"
        options={FLEET_TYPES}
        optionLabel={humanize}
      />
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
