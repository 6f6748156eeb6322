import { useQuery } from '@tanstack/react-query';
import { consoleQueries } from '../../api/queries';

/** The console server's mode, read-only flag and signed-in user (fetched once at boot). */
export function useConsoleConfig() {
  return useQuery(consoleQueries.config()).data ?? null;
}
