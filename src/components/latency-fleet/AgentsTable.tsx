import type { FleetResult } from '../../api/fleet';
import { shortLabel } from '../../lib/latency/segments';
import { AgentName } from '../shared/AgentName';
import { statCells } from './ComponentsTable';
import { FleetCard } from './FleetCard';
import { FleetTable, STAT_COLUMNS } from './FleetTable';
import { count, formatMs, plural } from './fleetText';

/** Per agent: its turns, then each component per provider (a reconfigured agent has two rows). */
export function AgentsTable({ result }: { result: FleetResult }) {
  return (
    <FleetCard
      title="By agent"
      description="Turn totals per agent, then each component per provider the agent used in this window."
    >
      {result.byAgent.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">No calls in this window.</p>
      ) : (
        <FleetTable
          caption="Latency by agent and provider"
          columns={['Agent', 'Component', 'Provider', 'Calls', ...STAT_COLUMNS]}
          numeric={[3, 4, 5, 6, 7, 8, 9]}
          rows={result.byAgent.flatMap((agent) => {
            const name = <AgentName agentId={agent.agentId ?? ''} empty="(no agent)" />;
            const key = agent.agentId ?? '(none)';
            return [
              {
                key: `${key}:turns`,
                cells: [
                  <span className="font-semibold">{name}</span>,
                  'Turn total',
                  '',
                  count(agent.calls),
                  formatMs(agent.turns.p50),
                  '',
                  formatMs(agent.turns.p95),
                  '',
                  '',
                  `${count(agent.turns.count)} turns`,
                ],
              },
              ...agent.providers.map((p) => ({
                key: `${key}:${p.type}:${p.provider ?? ''}`,
                cells: [
                  <span className="sr-only">{name}</span>,
                  shortLabel(p.type),
                  p.provider ?? 'not reported',
                  count(p.calls),
                  ...statCells(p),
                ],
              })),
            ];
          })}
        />
      )}
      {result.otherAgents ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          {plural(result.otherAgents.agents, 'more agent')} (
          {plural(result.otherAgents.calls, 'call')}) not listed.
        </p>
      ) : null}
    </FleetCard>
  );
}

/** Each component per provider across every agent. */
export function ProvidersTable({ result }: { result: FleetResult }) {
  return (
    <FleetCard title="By provider">
      {result.byProvider.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">No provider was reported.</p>
      ) : (
        <FleetTable
          caption="Latency by provider"
          columns={['Component', 'Provider', 'Calls', ...STAT_COLUMNS]}
          numeric={[2, 3, 4, 5, 6, 7, 8]}
          rows={result.byProvider.map((p) => ({
            key: `${p.type}:${p.provider ?? ''}`,
            cells: [
              shortLabel(p.type),
              p.provider ?? 'not reported',
              count(p.calls),
              ...statCells(p),
            ],
          }))}
        />
      )}
    </FleetCard>
  );
}
