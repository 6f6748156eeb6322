import {
  FLEET_PAGE_SIZE,
  FleetSourceError,
  readFleetPage,
  type FetchFleetPage,
  type FleetQuery,
} from '../../src/entry-server.ts';
import { UpstreamError, type Upstream } from '../upstream/index.ts';

/** An error answer's body is only read for its `detail`; more than this is not read. */
const ERROR_BODY_BYTES = 64 * 1024;
/** A page of 100 full calls can be large (long conversations); past this it is refused. */
const PAGE_BYTES = 64 * 1024 * 1024;
const RETRY_AFTER_SECONDS = /^\d{1,6}$/;

function detailOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const { detail } = body as { detail?: unknown };
  if (typeof detail === 'string') return detail.slice(0, 300);
  if (Array.isArray(detail)) {
    const msgs = detail
      .map((d) => (typeof d === 'object' && d !== null ? (d as { msg?: unknown }).msg : null))
      .filter((m): m is string => typeof m === 'string');
    return msgs.length ? msgs.join('; ').slice(0, 300) : null;
  }
  return null;
}

function fromUpstream(error: unknown): FleetSourceError {
  const e = error instanceof UpstreamError ? error : new UpstreamError('cut', String(error));
  const detail: Record<UpstreamError['kind'], string> = {
    timeout: 'The OneInbox API did not answer the list in time.',
    unreachable: 'The console server could not reach the OneInbox API.',
    cut: 'The connection to the OneInbox API broke while reading the list.',
    bad_answer: `The OneInbox API ${e.message}.`,
  };
  return new FleetSourceError({ kind: e.kind, status: e.status, detail: detail[e.kind] });
}

/**
 * Pages of the API's list, through the upstream module (server/upstream): the one route this
 * endpoint can reach is `listCalls`, with the key, deadline and scrubbing every request gets.
 */
export function listPages(upstream: Upstream, query: FleetQuery): FetchFleetPage {
  return async (offset, signal) => {
    let answer;
    try {
      answer = await upstream.request(
        'listCalls',
        {
          query: {
            limit: String(FLEET_PAGE_SIZE),
            offset: String(offset),
            agent_id: query.agentId ?? undefined,
            status: query.status ?? undefined,
          },
        },
        { signal },
      );
    } catch (error) {
      throw fromUpstream(error);
    }
    if (answer.status !== 200) {
      const body = await answer.json(ERROR_BODY_BYTES).catch(() => null);
      const retryAfter = answer.headers['retry-after']?.trim() ?? '';
      throw new FleetSourceError(
        {
          kind: 'refused',
          status: answer.status,
          detail: `The OneInbox API answered ${answer.status}${detailOf(body) ? `: ${detailOf(body)}` : '.'}`,
        },
        RETRY_AFTER_SECONDS.test(retryAfter) ? Number(retryAfter) * 1000 : null,
      );
    }
    let body: unknown;
    try {
      body = await answer.json(PAGE_BYTES);
    } catch (error) {
      throw fromUpstream(error);
    }
    return readFleetPage(body);
  };
}
