import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api } from '../../../src/api/client';
import { ApiError, type ApiErrorKind } from '../../../src/api/errors';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { testServer } from '../support/server';

const CALL_URL = '/v1/calls/:callId';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the request to fail');
}

describe('api client against the shared demo handlers', () => {
  it('gets, lists and stops calls, and reads agents', async () => {
    const call = await api.getCall(DEMO_CALL_IDS.booked);
    expect(call.status).toBe('completed');
    // Demo recording paths are made absolute, as the real API's signed links are.
    expect(call.recording_url).toMatch(/^http:\/\/localhost(:\d+)?\/demo\/recording\.ogg$/);

    const page = await api.listCalls({ limit: 5, offset: 0 });
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThanOrEqual(60);

    const live = await api.listCalls({ limit: 100, status: 'in_progress' });
    expect(live.items.map((c) => c.id)).toContain(DEMO_CALL_IDS.live);

    const stopped = await api.stopCall(DEMO_CALL_IDS.queued);
    expect(stopped.status).toBe('completed');
    expect(stopped.end_reason).toBe('api_stop');

    const agent = await api.getAgent(call.agent_id);
    expect(agent.name).toBe('Brightsmile Dental Receptionist');
  });

  it('turns a malformed id into a validation error with FastAPI details', async () => {
    const error = await failure(api.getCall('not-a-uuid'));
    expect(error.kind).toBe('validation');
    expect(error.status).toBe(422);
    expect(error.message).toBe('call_id: Input should be a valid UUID');
    expect(error.details[0]?.loc).toEqual(['path', 'call_id']);
  });

  it('turns an unknown id into not_found with the API message', async () => {
    const error = await failure(api.getCall('00000000-0000-4000-a000-000000000000'));
    expect(error.kind).toBe('not_found');
    expect(error.message).toBe('Call not found');
  });
});

describe('every ApiError kind', () => {
  const cases: [ApiErrorKind, number, string | Record<string, unknown>, string][] = [
    ['unauthorized', 401, { detail: 'Invalid API key' }, 'Invalid API key'],
    ['forbidden', 403, { detail: 'ORIGIN_NOT_ALLOWED' }, 'ORIGIN_NOT_ALLOWED'],
    ['not_found', 404, { detail: 'Call not found' }, 'Call not found'],
    [
      'validation',
      422,
      { detail: [{ loc: ['query', 'limit'], msg: 'too big', type: 'x' }] },
      'limit: too big',
    ],
    ['rate_limited', 429, { detail: 'Slow down' }, 'Slow down'],
    ['server', 500, 'Internal Server Error', 'Internal Server Error'],
    [
      'server',
      502,
      { detail: 'The console server could not reach the OneInbox API.' },
      'The console server could not reach the OneInbox API.',
    ],
    [
      'timeout',
      504,
      { detail: 'The OneInbox API did not answer within 10 s.' },
      'The OneInbox API did not answer within 10 s.',
    ],
  ];
  it.each(cases)('%s from HTTP %i', async (kind, status, body, message) => {
    testServer.use(
      http.get(CALL_URL, () =>
        typeof body === 'string'
          ? new HttpResponse(body, { status })
          : HttpResponse.json(body, {
              status,
              headers: status === 429 ? { 'Retry-After': '3' } : {},
            }),
      ),
    );
    const error = await failure(api.getCall(DEMO_CALL_IDS.booked));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.message).toBe(message);
    if (status === 429) expect(error.retryAfterSeconds).toBe(3);
  });

  it('uses a default message when the body has no detail', async () => {
    testServer.use(http.get(CALL_URL, () => new HttpResponse(null, { status: 401 })));
    const error = await failure(api.getCall(DEMO_CALL_IDS.booked));
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toMatch(/missing or wrong/);
  });

  it('network: the request never got an answer', async () => {
    testServer.use(http.get(CALL_URL, () => HttpResponse.error()));
    const error = await failure(api.getCall(DEMO_CALL_IDS.booked));
    expect(error.kind).toBe('network');
    expect(error.status).toBeNull();
  });

  it('timeout: no answer within the time limit', async () => {
    testServer.use(
      http.get(CALL_URL, async () => {
        await delay(500);
        return HttpResponse.json({});
      }),
    );
    const error = await failure(api.getCall(DEMO_CALL_IDS.booked, undefined, 50));
    expect(error.kind).toBe('timeout');
  });

  it('bad_response: 200 with a body that is not JSON', async () => {
    testServer.use(
      http.get(CALL_URL, () => new HttpResponse('<html>proxy login</html>', { status: 200 })),
    );
    const error = await failure(api.getCall(DEMO_CALL_IDS.booked));
    expect(error.kind).toBe('bad_response');
    expect(error.raw).toBe('<html>proxy login</html>');
  });

  it('bad_response: 200 with JSON that is not a call', async () => {
    testServer.use(http.get(CALL_URL, () => HttpResponse.json({ ok: true })));
    const error = await failure(api.getCall(DEMO_CALL_IDS.booked));
    expect(error.kind).toBe('bad_response');
    expect(error.raw).toEqual({ ok: true });
  });
});
