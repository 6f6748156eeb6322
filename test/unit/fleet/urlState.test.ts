import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FLEET_URL_STATE,
  localDay,
  localDayStart,
  readFleetUrlState,
  writeFleetUrlState,
} from '../../../src/lib/fleet/urlState';

const read = (search: string) => readFleetUrlState(new URLSearchParams(search));

describe('the /latency view in the URL', () => {
  it('defaults to the 500 most recent calls, unfiltered, and writes nothing for it', () => {
    expect(read('')).toEqual(DEFAULT_FLEET_URL_STATE);
    expect(writeFleetUrlState(DEFAULT_FLEET_URL_STATE).toString()).toBe('');
  });

  it('round-trips every setting', () => {
    const search = 'window=5000&agent=agt_1&status=failed&type=web&from=2026-11-20&to=2026-11-21';
    const state = read(search);
    expect(state).toEqual({
      limit: 5000,
      agentId: 'agt_1',
      status: 'failed',
      type: 'web',
      from: '2026-11-20',
      to: '2026-11-21',
    });
    expect(writeFleetUrlState(state).toString()).toBe(search);
  });

  it('falls back to defaults for anything a hand-edited link gets wrong', () => {
    expect(read('window=7&agent=a%20b&type=fax&from=2026-02-31&to=yesterday')).toEqual(
      DEFAULT_FLEET_URL_STATE,
    );
    expect(read('from=2026-11-21&to=2026-11-20')).toMatchObject({
      from: '2026-11-20',
      to: '2026-11-21',
    });
  });

  it('turns local days into instants and back', () => {
    const start = localDayStart('2026-11-20');
    expect(localDay(start)).toBe('2026-11-20');
    expect(localDay(localDayStart('2026-11-30', 1))).toBe('2026-12-01');
    expect(new Date(localDayStart('2026-11-20', 1)).getTime() - new Date(start).getTime()).toBe(
      86_400_000,
    );
    expect(localDay(null)).toBe('');
  });
});
