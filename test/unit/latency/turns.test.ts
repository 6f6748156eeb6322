import { describe, expect, it } from 'vitest';
import { readEvents } from '../../../src/lib/latency/events';
import { orderTypes } from '../../../src/lib/latency/segments';
import { adjacentSlowTurn, groupTurns, timeByType } from '../../../src/lib/latency/turns';
import { ev, turn } from './latencyEvents';

describe('readEvents', () => {
  it('keeps valid events and lists the rest with a reason', () => {
    const r = readEvents({
      events: [
        ev(1, 'stt', 100),
        { type: 'stt', ms: 100 },
        ev(2, 'llm_ttft', -5),
        { turn: 2, type: 'tts_ttfb', ms: '80' },
        { turn: 2, type: 'tts_ttfb', ms: Number.NaN },
        { turn: -1, type: 'stt', ms: 4 },
        { turn: 1.5, type: 'stt', ms: 4 },
        'junk',
        null,
        { turn: 3, ms: 10 },
      ],
    });
    expect(r.valid).toEqual([ev(1, 'stt', 100), ev(3, 'unknown', 10)]);
    expect(r.invalid.map((i) => i.reason)).toEqual([
      'no turn number',
      'negative ms',
      'ms is not a number',
      'ms is not a number',
      'negative turn number',
      'no turn number',
      'not an object',
      'not an object',
    ]);
    expect(r.problem).toBeNull();
  });
  it('reports events that are not a list', () => {
    expect(readEvents({ events: 'oops' }).problem).toMatch(/not a list/);
    expect(readEvents(null)).toEqual({ valid: [], invalid: [], problem: null });
  });
});

describe('groupTurns', () => {
  // Out of order on purpose, with a repeated tool call in turn 1.
  const events = [
    ev(2, 'tts_ttfb', 100),
    ...turn(1, { llm_ttft: 500, eou_delay: 200, 'tool:book': 300, stt: 100, mystery: 50, kb: 50 }),
    ev(1, 'tool:book', 100),
    ev(2, 'llm_ttft', 100),
  ];
  it('sums per turn, orders segments along the response cycle, merges repeats', () => {
    const [t1, t2] = groupTurns(events);
    expect(t1!.turn).toBe(1);
    expect(t1!.totalMs).toBe(1300);
    expect(t1!.segments).toEqual([
      { type: 'eou_delay', ms: 200, events: 1 },
      { type: 'stt', ms: 100, events: 1 },
      { type: 'kb', ms: 50, events: 1 },
      { type: 'tool:book', ms: 400, events: 2 },
      { type: 'llm_ttft', ms: 500, events: 1 },
      { type: 'mystery', ms: 50, events: 1 },
    ]);
    expect(t1!.dominant).toEqual({ type: 'llm_ttft', ms: 500, share: 500 / 1300 });
    expect(t2!.totalMs).toBe(200);
  });
  it('breaks dominant ties towards the earlier segment, and has none for a 0 ms turn', () => {
    const [t2] = groupTurns(events.filter((e) => e.turn === 2));
    expect(t2!.dominant!.type).toBe('llm_ttft');
    expect(groupTurns([ev(5, 'stt', 0)])[0]!.dominant).toBeNull();
  });
  it('computes each type share of all measured time', () => {
    const shares = timeByType(groupTurns(events));
    const llm = shares.find((s) => s.type === 'llm_ttft')!;
    expect(llm.ms).toBe(600);
    expect(llm.share).toBeCloseTo(600 / 1500);
    expect(shares.map((s) => s.type)[0]).toBe('eou_delay');
  });
  it('orders unknown types after the known ones, in first-seen order', () => {
    expect(orderTypes(['zeta', 'tts_ttfb', 'tool', 'alpha', 'stt'])).toEqual([
      'stt',
      'tool',
      'tts_ttfb',
      'zeta',
      'alpha',
    ]);
  });
});

describe('adjacentSlowTurn', () => {
  /** A complete turn: the four components, STT taking `ms`, the rest 0 ms. */
  const turn = (n: number, ms: number) => [
    ev(n, 'stt', ms),
    ev(n, 'llm_ttft', 0),
    ev(n, 'tts_ttfb', 0),
    ev(n, 'eou_delay', 0),
  ];
  const chains = groupTurns([...turn(1, 900), ...turn(2, 100), ...turn(3, 1000), ...turn(4, 50)]);
  it('steps through turns over the target and wraps around', () => {
    expect(adjacentSlowTurn(chains, 800, null, 1)).toBe(1);
    expect(adjacentSlowTurn(chains, 800, 1, 1)).toBe(3);
    expect(adjacentSlowTurn(chains, 800, 3, 1)).toBe(1);
    expect(adjacentSlowTurn(chains, 800, null, -1)).toBe(3);
    expect(adjacentSlowTurn(chains, 800, 2, -1)).toBe(1);
    expect(adjacentSlowTurn(chains, 800, 1, -1)).toBe(3);
  });
  it('returns null when no turn is over the target', () => {
    expect(adjacentSlowTurn(chains, 5000, null, 1)).toBeNull();
  });
});

describe('chart rows', () => {
  it('gives each type a safe series key and leaves absent types out of a row', async () => {
    const { chainRows, chainSeries } = await import('../../../src/lib/latency/chartData');
    const chains = groupTurns([ev(1, 'stt', 100), ev(1, 'tool:a.b', 50), ev(2, 'stt', 80)]);
    const series = chainSeries(timeByType(chains));
    expect(series.map((s) => [s.key, s.types])).toEqual([
      ['s0', ['stt']],
      ['s1', ['tool:a.b']],
    ]);
    const rows = chainRows(chains, series);
    expect(rows).toEqual([
      { turn: 1, total: 150, s0: 100, s1: 50 },
      { turn: 2, total: 80, s0: 80 },
    ]);
    expect('s1' in rows[1]!).toBe(false);
  });
  it('folds the smallest types into "Other" past ten types', async () => {
    const { chainSeries } = await import('../../../src/lib/latency/chartData');
    const byType = Array.from({ length: 12 }, (_, i) => ({ type: `t${i}`, ms: i + 1 }));
    const series = chainSeries(byType);
    expect(series).toHaveLength(10);
    expect(series[9]!.types).toEqual(['t0', 't1', 't2']);
  });
});
