import { startFakeApi, type FakeApi } from '../../harness/fakeApi/server.ts';
import { anyIdSource, minimalCall } from '../../harness/fakeApi/sources.ts';

export type { UpstreamHandler } from '../../harness/fakeApi/server.ts';
export type FakeUpstream = FakeApi;

/** A call with just an id, a status, an agent and no messages. */
export const callJson = minimalCall;

/**
 * The one fake OneInbox API (test/harness/fakeApi), answering every id with a minimal call
 * (`completed` once stopped) and setting a cookie the proxy must not pass on. Tests replace
 * its answers with `upstream.handle(...)`; `handle(null)` restores these.
 */
export function startFakeUpstream(): Promise<FakeUpstream> {
  return startFakeApi({
    source: anyIdSource(),
    headers: { 'Set-Cookie': 'upstream_session=abc; HttpOnly' },
  });
}
