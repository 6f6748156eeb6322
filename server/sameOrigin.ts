import type { Request } from 'express';

/**
 * CSRF defence for state-changing requests. Browsers send Sec-Fetch-Site on secure origins
 * (https, localhost) and Origin on every POST; a request carrying neither is not from a page of
 * ours, and a request from another site carries one of them saying so. Referrer-Policy
 * "same-origin" keeps Origin meaningful (with "no-referrer" browsers send `Origin: null`).
 */
export function isSameOrigin(req: Request, allowedOrigins: readonly string[] = []): boolean {
  const site = req.get('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin';
  const origin = req.get('origin');
  if (!origin || origin === 'null') return false;
  if (allowedOrigins.includes(origin)) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return host === req.get('host');
}
