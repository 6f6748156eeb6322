import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '../api/queries';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        staleTime: 5_000,
      },
      mutations: { retry: false },
    },
  });
}
