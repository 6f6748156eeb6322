import { useQuery } from '@tanstack/react-query';
import { agentQueries } from '../../api/queries';

/** The agent's name from GET /v1/agents/{id}; the id stands in while it loads or if it fails. */
export function AgentName({ agentId }: { agentId: string }) {
  const query = useQuery({ ...agentQueries.detail(agentId), enabled: agentId !== '' });
  if (agentId === '') return <>Unknown agent</>;
  const name = query.data?.name;
  if (name) return <>{name}</>;
  return (
    <>
      <span className="font-mono text-xs">{agentId}</span>
      {query.isPending ? <span className="text-slate-500"> (loading name…)</span> : null}
    </>
  );
}
