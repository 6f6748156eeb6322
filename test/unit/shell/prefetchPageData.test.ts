import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { callQueries } from '../../../src/api/queries';
import { prefetchPageData } from '../../../src/app/routes';

describe('prefetchPageData', () => {
  it('prefetches the call under the id the page will read (decoded, as useParams gives it)', () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    prefetchPageData(client, '/calls/call%20%C3%A9t%C3%A9');
    const keys = client
      .getQueryCache()
      .getAll()
      .map((q) => q.queryKey);
    expect(keys).toEqual([callQueries.detail('call été').queryKey]);
    client.clear();
  });

  it('prefetches nothing for other pages', () => {
    const client = new QueryClient();
    prefetchPageData(client, '/calls');
    prefetchPageData(client, '/elsewhere');
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });
});
