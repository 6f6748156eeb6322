import { http, HttpResponse } from 'msw';
import {
  abortableWait,
  createFleetCache,
  encodeFleetLine,
  FLEET_CONTENT_TYPE,
  FLEET_PAGE_SIZE,
  parseFleetRequest,
  readFleetPage,
  runFleetJob,
  type FetchFleetPage,
  type FleetQuery,
} from '../../lib/fleet';
import type { DemoDb } from '../db';

/**
 * GET /console/latency in demo mode: the same module and stream as the console server
 * (server/latency), paging the demo db's list 100 calls at a time. `latencyMs` per page lets the
 * progress bar show; aborting the request (or cancelling its body) stops the paging.
 */
export function fleetLatencyHandler(db: DemoDb, { latencyMs = 0 }: { latencyMs?: number } = {}) {
  const cache = createFleetCache();
  const pages =
    (query: FleetQuery): FetchFleetPage =>
    async (offset, signal) => {
      if (latencyMs > 0) await abortableWait(latencyMs, signal);
      return readFleetPage(
        db.listCalls({
          status: query.status,
          agentId: query.agentId,
          limit: FLEET_PAGE_SIZE,
          offset,
        }),
      );
    };

  return http.get('/console/latency', ({ request }) => {
    const parsed = parseFleetRequest(new URL(request.url).searchParams);
    if (!parsed.ok) return HttpResponse.json({ detail: parsed.detail }, { status: 400 });
    const { request: fleetRequest } = parsed;
    const stop = new AbortController();
    request.signal.addEventListener('abort', () => stop.abort(), { once: true });
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const emit = (line: Parameters<typeof encodeFleetLine>[0]) => {
          if (!stop.signal.aborted) controller.enqueue(encoder.encode(encodeFleetLine(line)));
        };
        runFleetJob(
          fleetRequest,
          { fetchPage: pages(fleetRequest.query), cache },
          emit,
          stop.signal,
        )
          .then(() => {
            if (!stop.signal.aborted) controller.close();
          })
          .catch((error: unknown) => controller.error(error));
      },
      cancel() {
        stop.abort();
      },
    });
    return new HttpResponse(body, {
      headers: { 'Content-Type': FLEET_CONTENT_TYPE, 'Cache-Control': 'no-store' },
    });
  });
}
