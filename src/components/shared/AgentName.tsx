import { useQuery } from '@tanstack/react-query';
import { agentQueries } from '../../api/queries';
import { EMPTY } from '../../lib/format';

/** An agent's name, fetched once per agent and cached (agentQueries); the id stands in for it. */
export function AgentName({
  agentId,
  empty = EMPTY,
  explainError = false,
}: {
  agentId: string;
  /** Shown when the call has no agent id at all. */
  empty?: string;
  /** Say "(name unavailable)" in words when the lookup failed, not only in a tooltip. */
  explainError?: boolean;
}) {
  const query = useQuery({ ...agentQueries.detail(agentId), enabled: agentId !== '' });
  if (agentId === '') return <>{empty}</>;
  const name = query.data?.name;
  if (name) return <span title={agentId}>{name}</span>;
  return (
    <span title={query.isError ? `Agent name unavailable: ${query.error.message}` : undefined}>
      <span className="font-mono text-xs break-all">{agentId}</span>
      {query.isPending ? <span className="sr-only"> (loading the agent name)</span> : null}
      {query.isError && explainError ? (
        <span className="ml-1 text-xs text-slate-600 dark:text-slate-400">(name unavailable)</span>
      ) : null}
    </span>
  );
}

/** An <option> labelled with the agent's name, for the agent filter. */
export function AgentOption({ agentId }: { agentId: string }) {
  const query = useQuery(agentQueries.detail(agentId));
  return <option value={agentId}>{query.data?.name ?? agentId}</option>;
}
