import { useQuery } from '@tanstack/react-query';
import { agentQueries } from '../../api/queries';
import { EMPTY } from '../../lib/format';

/** An agent's name, fetched once per agent and cached; the id stands in until it arrives. */
export function AgentName({ agentId }: { agentId: string }) {
  const query = useQuery({ ...agentQueries.detail(agentId), enabled: agentId !== '' });
  if (!agentId) return <>{EMPTY}</>;
  const name = query.data?.name;
  if (name) return <span title={agentId}>{name}</span>;
  return (
    <span
      className="font-mono text-xs break-all text-slate-600 dark:text-slate-400"
      title={query.isError ? `Agent name unavailable: ${query.error.message}` : undefined}
    >
      {agentId}
    </span>
  );
}

/** An <option> labelled with the agent's name, for the agent filter. */
export function AgentOption({ agentId }: { agentId: string }) {
  const query = useQuery(agentQueries.detail(agentId));
  return <option value={agentId}>{query.data?.name ?? agentId}</option>;
}
