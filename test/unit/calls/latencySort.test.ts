import { describe, expect, it } from 'vitest';
import { callLatencyColumns } from '../../../src/lib/fleet/callLatency';
import {
  nextLatencySort,
  parseLatencySort,
  sortByLatency,
  writeLatencySort,
} from '../../../src/lib/list/latencySort';

const turn = (n: number, stt: number, llm: number, tts: number, eou: number) => [
  { turn: n, type: 'stt', ms: stt },
  { turn: n, type: 'llm_ttft', ms: llm },
  { turn: n, type: 'tts_ttfb', ms: tts },
  { turn: n, type: 'eou_delay', ms: eou },
];

// Turn totals: a = 400, 1000 (median 700, slowest 1000 in turn 2, 1 over 800);
// b = 900 (median 900, slowest 900, 1 over); c = no latency; d = one incomplete turn only.
const calls = [
  {
    id: 'a',
    latency: { events: [...turn(1, 100, 100, 100, 100), ...turn(2, 250, 250, 250, 250)] },
  },
  { id: 'b', latency: { events: turn(1, 300, 300, 200, 100) } },
  { id: 'c', latency: null },
  { id: 'd', latency: { events: [{ turn: 1, type: 'stt', ms: 5000 }] } },
];
const columns = new Map(calls.map((c) => [c, callLatencyColumns(c.latency, 800)]));
const ids = (sorted: typeof calls) => sorted.map((c) => c.id);

describe('sorting the page by latency', () => {
  it('computes the columns the list shows', () => {
    const a = columns.get(calls[0]!)!;
    expect([a.medianMs, a.slowest, a.overTarget]).toEqual([700, { turn: 2, ms: 1000 }, 1]);
    expect(columns.get(calls[3]!)!).toMatchObject({ medianMs: null, incompleteTurns: 1 });
  });

  it('sorts slowest first or last, with calls without a figure always last', () => {
    const of = (c: (typeof calls)[number]) => columns.get(c);
    const order = (sort: Parameters<typeof sortByLatency>[2]) =>
      ids(sortByLatency(calls, of, sort));
    expect(order({ key: 'median', dir: 'desc' })).toEqual(['b', 'a', 'c', 'd']);
    expect(order({ key: 'median', dir: 'asc' })).toEqual(['a', 'b', 'c', 'd']);
    expect(order({ key: 'slowest', dir: 'desc' })).toEqual(['a', 'b', 'c', 'd']);
    // a and b tie on 1 over target: the API's order is kept.
    expect(order({ key: 'over', dir: 'asc' })).toEqual(['a', 'b', 'c', 'd']);
    expect(order(null)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reads and writes the sort, and toggles it from a header', () => {
    expect(parseLatencySort('median-asc')).toEqual({ key: 'median', dir: 'asc' });
    expect(parseLatencySort('cost-asc')).toBeNull();
    expect(writeLatencySort({ key: 'over', dir: 'desc' })).toBe('over-desc');
    expect(nextLatencySort(null, 'slowest')).toEqual({ key: 'slowest', dir: 'desc' });
    expect(nextLatencySort({ key: 'slowest', dir: 'desc' }, 'slowest')).toEqual({
      key: 'slowest',
      dir: 'asc',
    });
    expect(nextLatencySort({ key: 'slowest', dir: 'asc' }, 'median')).toEqual({
      key: 'median',
      dir: 'desc',
    });
  });
});
