import type { Readable } from 'node:stream';
import { Agent, request, type Dispatcher } from 'undici';
import { chain } from './chain.ts';
import { startDeadline } from './deadline.ts';
import { ACCEPTED_ENCODINGS, decoderFor } from './decode.ts';
import { classifyFailure, UpstreamError } from './errors.ts';
import { expectJsonStart, notJson, readJson } from './jsonBody.ts';
import { isJsonType, pickResponseHeaders, type AnswerHeaders } from './responseHeaders.ts';
import { ROUTES, upstreamPath, type RouteName, type RouteParams } from './routes.ts';
import { createScrubber } from './scrub.ts';

export interface UpstreamConfig {
  apiKey: string | null;
  apiUrl: string;
  upstreamTimeoutMs: number;
}

/** A JSON answer from the API, with its status. The body is decoded and scrubbed of the key. */
export interface UpstreamAnswer {
  status: number;
  /** Allowlisted response headers only (see responseHeaders.ts). */
  headers: AnswerHeaders;
  /** Streams; ends in an error if the API breaks off or goes idle mid-body. */
  body: Readable;
  /** The whole body parsed; refuses more than `maxBytes` (default 64 MiB). */
  json: (maxBytes?: number) => Promise<unknown>;
}

export interface UpstreamRequestOptions {
  /** Aborting it abandons the request (and its body). */
  signal?: AbortSignal;
}

/**
 * The one way to the OneInbox API. Every request is built here from a route name and
 * allowlisted parameters: method, path and query from the allowlist, and headers set explicitly
 * (nothing of the browser's request is copied). Every request gets the deadline, every answer the
 * header allowlist, the JSON check and key scrubbing. The /v1 route uses it, and so must any
 * server code that reads the API.
 */
export interface Upstream {
  request: (
    route: RouteName,
    params?: RouteParams,
    options?: UpstreamRequestOptions,
  ) => Promise<UpstreamAnswer>;
  close: () => Promise<void>;
}

const USER_AGENT = 'oneinbox-call-console';

export function createUpstream(config: UpstreamConfig): Upstream {
  const { apiKey, upstreamTimeoutMs: timeoutMs } = config;
  const base = config.apiUrl.replace(/\/+$/, '');
  // Reads reuse connections. Stops get a fresh one each (pipelining 0 turns keep-alive off), so
  // a stop never meets a kept-alive socket the API just closed, and a connection error always
  // means the stop was not sent.
  const reads = new Agent({ keepAliveTimeout: 4_000 });
  const stops = new Agent({ pipelining: 0 });

  async function send(
    name: RouteName,
    params: RouteParams,
    options: UpstreamRequestOptions,
  ): Promise<UpstreamAnswer> {
    if (!apiKey) throw new Error('no ONEINBOX_API_KEY: the console is in demo mode');
    const route = ROUTES[name];
    const url = `${base}${upstreamPath(route, params)}`;
    const headers: Record<string, string> = {
      authorization: `Bearer ${apiKey}`,
      accept: 'application/json',
      'accept-encoding': ACCEPTED_ENCODINGS,
      'user-agent': USER_AGENT,
    };
    if (route.method === 'POST') headers['content-length'] = '0';
    const deadline = startDeadline(timeoutMs, options.signal);
    let answer: Dispatcher.ResponseData;
    try {
      answer = await request(url, {
        method: route.method,
        headers,
        body: route.method === 'POST' ? '' : null,
        dispatcher: route.method === 'POST' ? stops : reads,
        signal: deadline.signal,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
    } catch (error) {
      deadline.release();
      throw classifyFailure(error, deadline.timedOut);
    }
    deadline.answered();
    const { statusCode: status } = answer;
    const raw = answer.body;
    const refuse = (error: UpstreamError): never => {
      deadline.release();
      raw.on('error', () => undefined); // undici reports its own abort as an error
      raw.destroy();
      throw error;
    };
    if (status >= 300 && status < 400) {
      // Following it would carry the key wherever the Location points.
      refuse(new UpstreamError('bad_answer', `answered ${status} (a redirect)`, status));
    }
    const contentType = [answer.headers['content-type']].flat()[0];
    if (!isJsonType(contentType)) {
      refuse(notJson(status, contentType ? `${contentType.split(';')[0]}` : 'no content type'));
    }
    let decoder: ReturnType<typeof decoderFor> = null;
    try {
      decoder = decoderFor([answer.headers['content-encoding']].flat()[0], status);
    } catch (error) {
      refuse(error as UpstreamError);
    }
    let failedAfterHeaders: Error | null = null;
    const body = chain([raw, ...(decoder ? [decoder] : []), createScrubber(apiKey)], (error) => {
      deadline.release();
      failedAfterHeaders = error;
    });
    body.on('error', () => undefined); // reported to whoever reads it; never an uncaught error
    try {
      await expectJsonStart(body, status);
    } catch (error) {
      refuse(
        error instanceof UpstreamError
          ? error
          : classifyFailure(failedAfterHeaders ?? error, deadline.timedOut),
      );
    }
    return {
      status,
      headers: pickResponseHeaders(answer.headers, apiKey),
      body,
      json: (maxBytes = 64 * 1024 * 1024) =>
        readJson(body, status, maxBytes).catch((error: unknown) => {
          throw classifyFailure(error, false);
        }),
    };
  }

  return {
    request: (name, params = {}, options = {}) => send(name, params, options),
    close: async () => {
      await Promise.all([reads.close(), stops.close()]);
    },
  };
}
