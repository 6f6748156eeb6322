import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultPlan {
  /** Share of requests whose connection is destroyed without an answer (→ 502). */
  dropRate: number;
  /** Share of requests never answered (→ 504 once the proxy's timeout passes). */
  stallRate: number;
}

export interface LoadUpstream {
  url: string;
  setFaults: (plan: FaultPlan) => void;
  counts: { answered: number; dropped: number; stalled: number };
  close: () => Promise<void>;
}

/** A ~6 kB call, about what a short real call weighs. */
const CALL = JSON.stringify({
  id: '5f0c1d2e-3a4b-4c5d-8e6f-000000000004',
  status: 'completed',
  messages: Array.from({ length: 40 }, (_, i) => ({
    role: i % 2 ? 'user' : 'agent',
    content: `Turn ${i}: a sentence of ordinary length said on a phone call.`,
  })),
  latency: {
    events: Array.from({ length: 60 }, (_, i) => ({ turn: i >> 2, type: 'llm_ttft', ms: 400 + i })),
  },
});

/** The OneInbox API stand-in for load: fixed answers, optional injected faults. */
export async function startLoadUpstream(
  control: (req: IncomingMessage, res: ServerResponse) => boolean = () => false,
): Promise<LoadUpstream> {
  let plan: FaultPlan = { dropRate: 0, stallRate: 0 };
  const counts = { answered: 0, dropped: 0, stalled: 0 };
  const server: Server = createServer((req, res) => {
    if (control(req, res)) return;
    const roll = Math.random();
    if (roll < plan.dropRate) {
      counts.dropped++;
      req.socket.destroy();
      return;
    }
    if (roll < plan.dropRate + plan.stallRate) {
      counts.stalled++;
      return; // never answer; the proxy gives up and closes the socket
    }
    counts.answered++;
    req.resume();
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(CALL);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    setFaults: (next) => {
      plan = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
