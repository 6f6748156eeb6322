import type { Call } from '../../api/schema';

/** Placeholder: the latency issue (4) fills this in. Loaded lazily from the call page. */
export default function LatencySection(_props: { call: Call }) {
  return null;
}
