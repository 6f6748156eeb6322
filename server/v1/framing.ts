import type { IncomingMessage } from 'node:http';

/**
 * No console request to /v1 carries a body, a Transfer-Encoding or an Expect header. Refusing
 * them before anything else means no request body can ever be smuggled towards the API (the
 * forwarder sends none anyway), and no 100-continue path exists to skip the checks.
 */
export function framingProblem(req: IncomingMessage): string | null {
  if (req.headers.expect !== undefined) return 'The console does not accept Expect headers.';
  if (req.headers['transfer-encoding'] !== undefined) {
    return 'The console does not accept request bodies on /v1 (Transfer-Encoding).';
  }
  if (Number(req.headers['content-length'] ?? 0) > 0) {
    return 'The console does not accept request bodies on /v1.';
  }
  return null;
}
