import { useQuery } from '@tanstack/react-query';
import { agentQueries } from '../../api/queries';

/** The agent's name once known (the same cached query as AgentName), else null; '' asks nothing. */
export function useAgentName(agentId: string): string | null {
  const query = useQuery({ ...agentQueries.detail(agentId), enabled: agentId !== '' });
  return query.data?.name ?? null;
}
