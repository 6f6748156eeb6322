import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerConfig } from './config.ts';
import { isLoopbackHost } from './config.ts';
import { absoluteTarget } from './requestTarget.ts';

interface HostPort {
  hostname: string;
  /** Null when the Host header names no port. */
  port: number | null;
}

/** A Host header as the console accepts it: a name or IP literal and an optional port, no more. */
export function parseHost(value: string | undefined): HostPort | null {
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec((value ?? '').trim());
  if (!m) return null;
  return { hostname: m[1]!.toLowerCase().replace(/\.$/, ''), port: m[2] ? Number(m[2]) : null };
}

const DEFAULT_PORT: Record<string, number> = { 'http:': 80, 'https:': 443 };

/** The hosts browsers may use to reach the console: those of CONSOLE_ORIGIN. */
function originHosts(
  origins: readonly string[],
): { hostname: string; port: number; isDefault: boolean }[] {
  return origins.flatMap((origin) => {
    try {
      const url = new URL(origin);
      const port = url.port ? Number(url.port) : DEFAULT_PORT[url.protocol];
      if (!port) return [];
      return [{ hostname: url.hostname.toLowerCase(), port, isDefault: !url.port }];
    } catch {
      return [];
    }
  });
}

/**
 * DNS rebinding defence. A page on rebind.example that re-points its name at 127.0.0.1 reaches a
 * loopback console with `Host: rebind.example:<port>`, and the browser treats the answers as its
 * own. So only these Host values are served:
 * - a loopback name or address (localhost, 127.x.x.x, [::1]) with the port the request arrived on;
 * - the host (and port) of each CONSOLE_ORIGIN, for deployments behind a reverse proxy that keeps
 *   the browser's Host.
 * Anything else gets 421 before any routing.
 */
export function hostGuard(config: Pick<ServerConfig, 'allowedOrigins'>) {
  const allowed = originHosts(config.allowedOrigins);
  const isAllowed = (req: IncomingMessage): boolean => {
    // A target in absolute form names the host itself; the Host header is then ignored. The
    // production server has rewritten such requests already (listen.ts), Vite's dev server not.
    const host = parseHost(absoluteTarget(req.url)?.host ?? req.headers.host);
    if (!host) return false;
    const localPort = req.socket.localPort;
    if (isLoopbackHost(host.hostname) && (host.port ?? 80) === localPort) return true;
    return allowed.some(
      (a) =>
        a.hostname === host.hostname &&
        (host.port === a.port || (host.port === null && a.isDefault)),
    );
  };
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (isAllowed(req)) return next();
    res.writeHead(421, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'close',
    });
    res.end(
      JSON.stringify({
        detail:
          'This console does not answer to that host name. Open it at its own address (see CONSOLE_ORIGIN).',
      }),
    );
  };
}
