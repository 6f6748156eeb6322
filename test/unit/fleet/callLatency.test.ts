import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFleetAggregator } from '../../../src/lib/fleet/aggregator';
import { callLatencyColumns } from '../../../src/lib/fleet/callLatency';
import { callTurnStats } from '../../../src/lib/latency/analysis';
import { readEvents } from '../../../src/lib/latency/events';
import { countOverTarget } from '../../../src/lib/latency/turnStats';
import { groupTurns } from '../../../src/lib/latency/turns';
import { ev, item, turn } from './support';

describe('a call’s latency columns (the calls list)', () => {
  it('gives the median turn, the slowest complete turn with its number, and the over-target count', () => {
    const columns = callLatencyColumns(
      {
        events: [
          ...turn(1, 700),
          ...turn(2, 1500),
          ...turn(3, 900),
          // Turn 4 lacks TTS: 3,000 ms measured, but left out of everything.
          ev(4, 'stt', 1000),
          ev(4, 'llm_ttft', 2000),
        ],
      },
      800,
    );
    expect(columns).toMatchObject({
      latency: 'ok',
      medianMs: 900,
      slowest: { turn: 2, ms: 1500 },
      overTarget: 2,
      completeTurns: 3,
      incompleteTurns: 1,
      targetMs: 800,
    });
    // p95 of 700, 900, 1,500: rank 1.9 → 900 + 0.9 × 600.
    expect(columns.p95Ms).toBeCloseTo(1440);
  });

  it('says why there is nothing, for every shape the field can take', () => {
    expect(callLatencyColumns(null, 800)).toMatchObject({
      latency: 'none',
      medianMs: null,
      slowest: null,
      overTarget: 0,
    });
    expect(callLatencyColumns('n/a', 800)).toMatchObject({
      latency: 'not-object',
      invalidReasons: [['latency is not an object', 0]],
    });
    expect(callLatencyColumns({ events: 'x' }, 800).latency).toBe('events-not-list');
    expect(callLatencyColumns({ events: [null] }, 800)).toMatchObject({
      latency: 'no-events',
      invalidEvents: 1,
    });
    expect(callLatencyColumns({ stt: { p50_ms: 200 } }, 800).latency).toBe('no-events');
  });

  it('ties a slowest turn to the earlier one', () => {
    expect(callLatencyColumns({ events: [...turn(3, 900), ...turn(5, 900)] }, 800).slowest).toEqual(
      { turn: 3, ms: 900 },
    );
  });
});

// Loose events: any turn, a few types, ms from 0 to 3 s, some invalid.
const looseEvent = fc.oneof(
  fc.record({
    turn: fc.integer({ min: 0, max: 6 }),
    type: fc.constantFrom('stt', 'llm_ttft', 'tts_ttfb', 'eou_delay', 'kb', 'tool:x', 'tool'),
    ms: fc.integer({ min: 0, max: 3000 }),
  }),
  fc.constantFrom(null, { turn: 1, type: 'stt', ms: -1 }, { turn: 'x' }),
);

describe('the same rules as the call page', () => {
  it('agrees with callTurnStats and countOverTarget, and the aggregate’s rows agree with both', () => {
    fc.assert(
      fc.property(
        fc.array(looseEvent, { maxLength: 40 }),
        fc.integer({ min: 1, max: 3000 }),
        (events, target) => {
          const latency = { events };
          const columns = callLatencyColumns(latency, target);
          const stats = callTurnStats(latency);
          expect(columns.medianMs).toBe(stats.complete.p50);
          expect(columns.p95Ms).toBe(stats.complete.p95);
          expect(columns.completeTurns).toBe(stats.complete.count);
          expect(columns.incompleteTurns).toBe(stats.incomplete);
          expect(columns.overTarget).toBe(
            countOverTarget(groupTurns(readEvents(latency).valid), target),
          );

          const agg = createFleetAggregator();
          agg.add(item('p', events));
          const { rows } = agg.result({
            targetMs: target,
            tzOffsetMin: 0,
            type: null,
            from: null,
            to: null,
          });
          expect(rows.overTarget[0]).toBe(columns.overTarget);
          expect(rows.medianMs[0]).toBe(
            columns.medianMs === null ? null : Math.round(columns.medianMs),
          );
          expect(rows.slowestTurn[0]).toBe(columns.slowest?.turn ?? null);
        },
      ),
      { numRuns: 300 },
    );
  });
});
