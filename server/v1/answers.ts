import type { ServerResponse } from 'node:http';
import type { UpstreamAnswer } from '../upstream/index.ts';

/** A FastAPI-style `{detail}` answer from the console itself, which the UI already shows. */
export function sendJson(
  res: ServerResponse,
  status: number,
  detail: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify({ detail }));
}

/**
 * Streams the API's (already scrubbed) answer to the browser with the allowlisted headers. An
 * answer the API breaks off mid-body cuts the browser's connection too, so a half answer never
 * looks complete.
 */
export function sendAnswer(res: ServerResponse, answer: UpstreamAnswer): void {
  if (res.headersSent || res.destroyed) {
    answer.body.destroy();
    res.destroy();
    return;
  }
  res.writeHead(answer.status, { ...answer.headers, 'Cache-Control': 'no-store' });
  answer.body.once('error', () => res.destroy());
  res.once('close', () => {
    if (!res.writableFinished) answer.body.destroy();
  });
  answer.body.pipe(res);
}
