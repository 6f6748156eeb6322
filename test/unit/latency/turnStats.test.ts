import { describe, expect, it } from 'vitest';
import { groupTurns } from '../../../src/lib/latency/turns';
import { callTurnStats } from '../../../src/lib/latency/analysis';
import { missingComponents } from '../../../src/lib/latency/completeness';
import { completeTurnTotals, countOverTarget, turnStats } from '../../../src/lib/latency/turnStats';
import { ev } from './latencyEvents';

/** A complete turn: every response component, `total` ms in all (the LLM takes the rest). */
const complete = (turn: number, total: number) => [
  ev(turn, 'eou_delay', 100),
  ev(turn, 'stt', 100),
  ev(turn, 'llm_ttft', total - 300),
  ev(turn, 'tts_ttfb', 100),
];

describe('the turn-completeness rule', () => {
  it('names the response components a turn has no event for', () => {
    expect(missingComponents(['stt', 'kb', 'tool:book'])).toEqual([
      'llm_ttft',
      'tts_ttfb',
      'eou_delay',
    ]);
    expect(missingComponents(['tts_ttfb', 'eou_delay', 'llm_ttft', 'stt'])).toEqual([]);
  });

  it('marks each turn complete or not, with what it lacks', () => {
    const [t1, t2] = groupTurns([...complete(1, 900), ev(2, 'stt', 150), ev(2, 'llm_ttft', 300)]);
    expect([t1!.complete, t1!.missing]).toEqual([true, []]);
    expect([t2!.complete, t2!.missing]).toEqual([false, ['tts_ttfb', 'eou_delay']]);
  });
});

describe('turn statistics', () => {
  // Complete turns of 600, 900, 1,200 and 3,000 ms; two fast incomplete turns.
  const chains = groupTurns([
    ...complete(1, 600),
    ...complete(2, 900),
    ev(3, 'stt', 120),
    ...complete(4, 1200),
    ev(5, 'stt', 90),
    ev(5, 'llm_ttft', 200),
    ...complete(6, 3000),
  ]);

  it('leaves incomplete turns out of the median and percentiles, and counts them', () => {
    const stats = turnStats(chains);
    expect(stats.measured).toBe(6);
    expect(stats.incomplete).toBe(2);
    expect(stats.complete.count).toBe(4);
    expect(stats.complete.p50).toBe(1050);
    expect(stats.complete.p90).toBeCloseTo(2460);
    expect(stats.complete.p95).toBeCloseTo(2730);
    expect(completeTurnTotals(chains)).toEqual([600, 900, 1200, 3000]);
  });

  it('counts only complete turns over the target', () => {
    expect(countOverTarget(chains, 800)).toBe(3);
    expect(countOverTarget(chains, 100)).toBe(4);
  });

  it('goes from a raw latency object to the same figures, invalid events excluded', () => {
    const stats = callTurnStats({
      events: [...complete(1, 600), ...complete(2, 900), ev(3, 'stt', 5), { turn: 'x' }],
    });
    expect(stats).toMatchObject({ measured: 3, incomplete: 1, complete: { count: 2, p50: 750 } });
    expect(callTurnStats(null)).toMatchObject({
      measured: 0,
      incomplete: 0,
      complete: { p50: null },
    });
  });
});
