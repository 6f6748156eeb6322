import type { RequestHandler } from 'express';
import proxyAddr from 'proxy-addr';
import { unauthorized } from './unauthorized.ts';
import { cleanName, setUser } from './users.ts';

/**
 * Trusts the identity header an SSO proxy sets, and only from the proxy: a request from any other
 * peer (judged by the TCP connection, not by X-Forwarded-For) is refused with 403, whatever it
 * claims. `trustedProxies` are addresses, CIDRs or proxy-addr's names (loopback, uniquelocal…).
 */
export function headerAuth(headerName: string, trustedProxies: readonly string[]): RequestHandler {
  const trusted = proxyAddr.compile([...trustedProxies]);
  return (req, res, next) => {
    const peer = req.socket.remoteAddress ?? '';
    if (!trusted(peer, 0)) {
      res.status(403).set('Cache-Control', 'no-store').json({
        detail: 'This console only accepts requests through its sign-in proxy.',
      });
      return;
    }
    const name = cleanName(req.get(headerName) ?? '');
    if (!name) return unauthorized(res, false);
    setUser(req, name);
    next();
  };
}
