/**
 * The fake API as its own process, so a load driver and the API do not share an event loop
 * (which would flatter the direct measurement). It answers every id with the fixed ~6 kB call
 * (loadCalls.ts), without a request log. Control endpoints, on their own loopback port:
 *   POST /__faults?drop=0.05&stall=0.05   GET /__counts
 * Prints {"port": n, "control": m} on its first stdout line.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JsonText, startFakeApi, type FakeApi } from './server.ts';
import { largeCall, loadCall, LOAD_CALL_ID } from './loadCalls.ts';
import { anyIdSource } from './sources.ts';

const answer = new JsonText(JSON.stringify(loadCall(LOAD_CALL_ID)));
largeCall(); // built now, not during the first measured request
const api: FakeApi = await startFakeApi({
  source: anyIdSource(() => answer),
  log: false,
  keepAliveMs: 30_000,
});
const control = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://control.invalid');
  if (url.pathname === '/__faults') {
    api.setFaults({
      dropRate: Number(url.searchParams.get('drop') ?? 0),
      stallRate: Number(url.searchParams.get('stall') ?? 0),
    });
    api.counts.answered = api.counts.dropped = api.counts.stalled = 0;
    return void res.end('{}');
  }
  if (url.pathname === '/__counts') return void res.end(JSON.stringify(api.counts));
  res.statusCode = 404;
  res.end('{}');
});
await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
const controlPort = (control.address() as AddressInfo).port;
console.log(JSON.stringify({ port: Number(new URL(api.url).port), control: controlPort }));
process.on('SIGTERM', () => {
  control.close();
  void api.close().then(() => process.exit(0));
});
