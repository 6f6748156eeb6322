import { useId, useState } from 'react';
import { knownStatus, LIVE_STATUSES, statusLabel, TERMINAL_STATUSES } from '../../api/callStatus';
import type { Call } from '../../api/schema';
import { NONE_VALUE, valueOptions } from '../../lib/list/callFilters';
import { formatEndReason, humanize } from '../../lib/format';
import {
  clearFilters,
  DIRECTIONS,
  FILTER_KEYS,
  hasFilters,
  type FilterKey,
  type ListState,
} from '../../lib/list/listUrlState';
import { AgentOption } from '../shared/AgentName';
import { FilterSelect } from '../ui/FilterSelect';
import { NumberSearch } from './NumberSearch';
import { Button } from '../ui/Button';

const STATUSES = [...LIVE_STATUSES, ...TERMINAL_STATUSES];

type SelectKey = Exclude<FilterKey, 'q'>;
const LABELS: Record<SelectKey, string> = {
  status: 'Status',
  agentId: 'Agent',
  outcome: 'Outcome',
  endReason: 'End reason',
  direction: 'Direction',
};

interface Props {
  state: ListState;
  update: (change: Partial<ListState> | ((state: ListState) => ListState)) => void;
  /** The calls loaded on this page, for the outcome and end reason choices. */
  pageCalls: readonly Call[];
  /** Agents seen so far; the API has no endpoint that lists agents. */
  agentIds: readonly string[];
}

/**
 * Two groups, because they behave differently: status and agent go to the API and search every
 * call; the others can only narrow the page that is already loaded.
 */
export function CallsFilters({ state, update, pageCalls, agentIds }: Props) {
  const agents = [...new Set([...agentIds, state.agentId].filter(Boolean))].sort();
  const outcomes = valueOptions(pageCalls, 'outcome', state.outcome);
  const endReasons = valueOptions(pageCalls, 'end_reason', state.endReason);
  const formId = useId();
  // On phones the filters fold away so the calls come first; wider screens always show them.
  const [open, setOpen] = useState(false);
  const active = FILTER_KEYS.filter((key) => state[key].trim() !== '').length;
  const bind = (key: SelectKey) => ({
    label: LABELS[key],
    value: state[key],
    onChange: (value: string) => update({ [key]: value }),
  });
  // The same select three times over, for what only the loaded page can be filtered by.
  const pageOnly: {
    key: SelectKey;
    any: string;
    options: readonly string[];
    optionLabel: (v: string) => string;
  }[] = [
    {
      key: 'outcome',
      any: 'Any outcome',
      options: outcomes,
      optionLabel: (o) => (o === NONE_VALUE ? 'No outcome' : o),
    },
    {
      key: 'endReason',
      any: 'Any end reason',
      options: endReasons,
      optionLabel: (r) => (r === NONE_VALUE ? 'Not ended' : formatEndReason(r)),
    },
    { key: 'direction', any: 'Any direction', options: DIRECTIONS, optionLabel: humanize },
  ];
  const legendClass =
    'mb-1 text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-200';

  return (
    <div>
      <Button
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen((o) => !o)}
        size="lg"
        className="w-full bg-white text-left font-medium md:hidden dark:bg-slate-900"
      >
        {open ? '▾ Hide filters' : '▸ Filters'}
        {active > 0 ? ` · ${active} active` : null}
      </Button>
      <form
        id={formId}
        aria-label="Filter calls"
        onSubmit={(e) => e.preventDefault()}
        className={`${open ? 'mt-2 grid' : 'hidden'} gap-3 md:mt-0 md:grid rounded-lg border border-slate-200 bg-white p-3 xl:grid-cols-[minmax(0,2fr)_minmax(0,4fr)_auto] dark:border-slate-800 dark:bg-slate-900`}
      >
        <fieldset className="grid min-w-0 grid-cols-2 gap-2">
          <legend className={legendClass}>All calls</legend>
          <FilterSelect
            {...bind('status')}
            any="Any status"
            options={STATUSES}
            optionLabel={statusLabel}
          >
            {state.status && !knownStatus(state.status) ? (
              <option value={state.status}>{state.status}</option>
            ) : null}
          </FilterSelect>
          <FilterSelect {...bind('agentId')} any="Any agent">
            {agents.map((id) => (
              <AgentOption key={id} agentId={id} />
            ))}
          </FilterSelect>
        </fieldset>

        <fieldset className="grid min-w-0 grid-cols-2 gap-2 sm:grid-cols-4">
          <legend className={legendClass}>
            This page only{' '}
            <span className="font-normal tracking-normal normal-case">
              (the API cannot filter by these)
            </span>
          </legend>
          {pageOnly.map(({ key, ...select }) => (
            <FilterSelect key={key} {...bind(key)} {...select} />
          ))}
          <NumberSearch value={state.q} onChange={(q) => update({ q })} />
        </fieldset>

        <div className="flex items-end">
          <Button disabled={!hasFilters(state)} onClick={() => update(clearFilters)}>
            Clear filters
          </Button>
        </div>
      </form>
    </div>
  );
}
