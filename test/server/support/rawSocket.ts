import { connect } from 'node:net';

/**
 * Writes bytes to the server exactly as given (no HTTP client to normalise or refuse them) and
 * returns everything it sends back until it closes the connection or goes quiet for `quietMs`.
 */
export function rawExchange(
  base: string,
  bytes: string | Buffer,
  { quietMs = 500 }: { quietMs?: number } = {},
): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(received);
    };
    const quiet = () => {
      clearTimeout(timer);
      timer = setTimeout(finish, quietMs);
    };
    socket.on('connect', () => {
      socket.write(bytes);
      quiet();
    });
    socket.on('data', (d: Buffer) => {
      received += d.toString('latin1');
      quiet();
    });
    socket.on('end', finish);
    socket.on('error', (e) => (received ? finish() : reject(e)));
  });
}

/** The status codes of every HTTP response in a raw exchange, in order. */
export function statuses(exchange: string): number[] {
  return [...exchange.matchAll(/^HTTP\/1\.[01] (\d{3})/gm)].map((m) => Number(m[1]));
}

/** One raw HTTP/1.1 request; `host` defaults to the base URL's host. */
export function rawRequest(
  base: string,
  requestLine: string,
  headers: Record<string, string> = {},
  body = '',
): string {
  const lines = [requestLine, `Host: ${new URL(base).host}`];
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'host') lines[1] = `Host: ${value}`;
    else lines.push(`${name}: ${value}`);
  }
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}
