import { encodePathSegment, isDotSegment } from './callPath';
import { ApiError, defaultMessage, errorFromResponse } from './errors';
import { parseAgent, parseCall, parseCallPage, parseConsoleConfig } from './parse';
import type { Agent, Call, CallPage, ConsoleConfig } from './schema';

/**
 * The console server answers /v1 (proxy or MSW). The browser never talks to the API directly.
 * Longer than the server's upstream timeout (10 s), so the server's clearer 504 arrives first.
 */
export const REQUEST_TIMEOUT_MS = 15_000;

interface RequestOptions {
  method?: 'GET' | 'POST';
  signal?: AbortSignal;
  timeoutMs?: number;
}

async function requestJson(
  path: string,
  { method = 'GET', signal, timeoutMs = REQUEST_TIMEOUT_MS }: RequestOptions = {},
) {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal: combined,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
  } catch (cause) {
    if (signal?.aborted) throw cause; // React Query cancelled it; not an error to show.
    if (timeout.aborted) {
      throw new ApiError({ kind: 'timeout', message: defaultMessage('timeout') });
    }
    throw new ApiError({ kind: 'network', message: defaultMessage('network'), raw: String(cause) });
  }
  const text = await response.text();
  let body: unknown = text;
  if (text !== '') {
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      body = text;
    }
  }
  if (!response.ok) {
    throw errorFromResponse(response.status, body, response.headers.get('Retry-After'));
  }
  if (typeof body === 'string') {
    throw new ApiError({
      kind: 'bad_response',
      status: response.status,
      message: 'The API answered with something that is not JSON.',
      raw: body,
    });
  }
  return body;
}

function enc(id: string): string {
  if (isDotSegment(id)) {
    throw new ApiError({ kind: 'validation', message: `"${id}" cannot be used as an id.` });
  }
  return encodePathSegment(id);
}

export interface ListCallsParams {
  limit?: number;
  offset?: number;
  status?: string;
  agentId?: string;
}

export const api = {
  async getCall(callId: string, signal?: AbortSignal, timeoutMs?: number): Promise<Call> {
    return parseCall(await requestJson(`/v1/calls/${enc(callId)}`, { signal, timeoutMs }));
  },
  async stopCall(callId: string): Promise<Call> {
    return parseCall(await requestJson(`/v1/calls/${enc(callId)}/stop`, { method: 'POST' }));
  },
  async listCalls(params: ListCallsParams, signal?: AbortSignal): Promise<CallPage> {
    const search = new URLSearchParams();
    if (params.limit !== undefined) search.set('limit', String(params.limit));
    if (params.offset !== undefined) search.set('offset', String(params.offset));
    if (params.status) search.set('status', params.status);
    if (params.agentId) search.set('agent_id', params.agentId);
    const query = search.toString();
    return parseCallPage(await requestJson(`/v1/calls${query ? `?${query}` : ''}`, { signal }));
  },
  async getAgent(agentId: string, signal?: AbortSignal): Promise<Agent> {
    return parseAgent(await requestJson(`/v1/agents/${enc(agentId)}`, { signal }));
  },
  /** Served by the console itself (dev server or `npm start`), never proxied. */
  async getConsoleConfig(signal?: AbortSignal): Promise<ConsoleConfig> {
    return parseConsoleConfig(await requestJson('/console/config', { signal }));
  },
};
