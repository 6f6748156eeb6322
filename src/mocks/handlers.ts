import { delay, http, HttpResponse } from 'msw';
import type { CallResponseJson } from '../api/schema';
import { createDemoDb, type DemoDb, type StopAnswer } from './db';
import { fleetLatencyHandler } from './fleet/handler';

/** The real API validates ids as UUIDs and answers 422 in FastAPI's shape; so does the demo. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function invalidUuid(value: string, name: string) {
  return HttpResponse.json(
    {
      detail: [
        {
          loc: ['path', name],
          msg: 'Input should be a valid UUID',
          type: 'uuid_parsing',
          input: value,
        },
      ],
    },
    { status: 422 },
  );
}

const notFound = (what: string) =>
  HttpResponse.json({ detail: `${what} not found` }, { status: 404 });

/** Signed recording links are absolute http(s) URLs in the real API; make demo paths absolute. */
function withAbsoluteRecording(call: CallResponseJson, requestUrl: string): CallResponseJson {
  if (call.recording_url?.startsWith('/')) {
    return { ...call, recording_url: new URL(call.recording_url, requestUrl).href };
  }
  return call;
}

/** A stop's answer on the wire: the call, an error body, a gateway's page, or a cut connection. */
function stopResponse(answer: StopAnswer, requestUrl: string) {
  switch (answer.kind) {
    case 'call':
      return HttpResponse.json(withAbsoluteRecording(answer.call, requestUrl));
    case 'error':
      return HttpResponse.json(answer.body, { status: answer.status, headers: answer.headers });
    case 'text':
      return new HttpResponse(answer.body, {
        status: answer.status,
        headers: { 'Content-Type': answer.contentType },
      });
    case 'cut':
      return HttpResponse.error();
  }
}

export interface HandlerOptions {
  /** Simulated network time, so loading states are visible in the demo. 0 in tests. */
  latencyMs?: number;
}

/** The API's 422 for one bad query parameter, in FastAPI's shape. */
function queryError(param: string, msg: string, type: string) {
  return HttpResponse.json({ detail: [{ loc: ['query', param], msg, type }] }, { status: 422 });
}

export function createHandlers(
  db: DemoDb = createDemoDb(),
  { latencyMs = 0 }: HandlerOptions = {},
) {
  const wait = () => (latencyMs > 0 ? delay(latencyMs) : Promise.resolve());
  return [
    http.get('/v1/calls', async ({ request }) => {
      await wait();
      const url = new URL(request.url);
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const offset = Number(url.searchParams.get('offset') ?? 0);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
        return queryError('limit', 'Input should be less than or equal to 100', 'less_than_equal');
      }
      if (!Number.isInteger(offset) || offset < 0) {
        return queryError(
          'offset',
          'Input should be greater than or equal to 0',
          'greater_than_equal',
        );
      }
      const page = db.listCalls({
        status: url.searchParams.get('status'),
        agentId: url.searchParams.get('agent_id'),
        limit,
        offset,
      });
      return HttpResponse.json({
        ...page,
        items: page.items.map((c) => withAbsoluteRecording(c, request.url)),
      });
    }),
    http.get('/v1/calls/:callId', async ({ params, request }) => {
      await wait();
      const id = String(params.callId);
      if (!UUID.test(id)) return invalidUuid(id, 'call_id');
      const call = db.getCall(id);
      return call ? HttpResponse.json(withAbsoluteRecording(call, request.url)) : notFound('Call');
    }),
    http.post('/v1/calls/:callId/stop', async ({ params, request }) => {
      await wait();
      const id = String(params.callId);
      if (!UUID.test(id)) return invalidUuid(id, 'call_id');
      const answer = db.answerStop(id);
      return answer ? stopResponse(answer, request.url) : notFound('Call');
    }),
    http.get('/v1/agents/:agentId', async ({ params }) => {
      await wait();
      const agent = db.getAgent(String(params.agentId));
      return agent ? HttpResponse.json(agent) : notFound('Agent');
    }),
    fleetLatencyHandler(db, { latencyMs }),
  ];
}
