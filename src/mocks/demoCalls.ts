import type { CallResponseJson } from '../api/schema';
import { newestFirst } from './buildCall';
import { fleetCalls } from './fleet/fleetCalls';
import { generateDemoCalls, type GenerateOptions } from './generator';
import { stopAndStatusCalls } from './stopAndStatusCalls';

/**
 * Every call the demo API holds, newest first as the API lists them (a stable sort keeps the
 * generator's order for ties). The demo db serves exactly these, and tests count them here.
 */
export function demoCalls({ seed, now, count }: GenerateOptions): CallResponseJson[] {
  const all = [
    ...generateDemoCalls({ seed, now, count }),
    ...stopAndStatusCalls({ seed, now }),
    ...fleetCalls({ seed, now }),
  ];
  return all.sort((a, b) => newestFirst(a, b));
}
