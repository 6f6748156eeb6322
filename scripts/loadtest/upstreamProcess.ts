/**
 * The fake upstream as its own process, so the load driver and the upstream do not share an
 * event loop (which would flatter the direct measurement). Control endpoints, loopback only:
 *   POST /__faults?drop=0.05&stall=0.05   GET /__counts
 * Prints {"port": n} on its first stdout line.
 */
import { startLoadUpstream } from './fakeUpstream.ts';

const upstream = await startLoadUpstream((req, res) => {
  const url = new URL(req.url ?? '/', 'http://upstream.invalid');
  if (url.pathname === '/__faults') {
    upstream.setFaults({
      dropRate: Number(url.searchParams.get('drop') ?? 0),
      stallRate: Number(url.searchParams.get('stall') ?? 0),
    });
    upstream.counts.answered = upstream.counts.dropped = upstream.counts.stalled = 0;
    res.end('{}');
    return true;
  }
  if (url.pathname === '/__counts') {
    res.end(JSON.stringify(upstream.counts));
    return true;
  }
  return false;
});
console.log(JSON.stringify({ port: Number(new URL(upstream.url).port) }));
process.on('SIGTERM', () => void upstream.close().then(() => process.exit(0)));
