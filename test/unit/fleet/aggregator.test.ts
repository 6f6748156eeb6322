import { describe, expect, it } from 'vitest';
import {
  createFleetAggregator,
  DEFAULT_VIEW,
  MAX_COMPONENT_ROWS,
  type FleetView,
} from '../../../src/lib/fleet/aggregator';
import { ev, item, turn } from './support';

function aggregate(items: unknown[]) {
  const agg = createFleetAggregator();
  for (const i of items) agg.add(i);
  return agg;
}
const view = (v: Partial<FleetView> = {}): FleetView => ({ ...DEFAULT_VIEW, ...v });

describe('the fleet aggregate, by hand', () => {
  // c1: two complete turns (1,000 and 900 ms). c2: one complete turn of 850 ms (with a KB
  // lookup) and one without EOU or TTS. c3: no latency at all.
  const c1 = item('c1', [
    ...turn(1, 1000, { eou: 100, stt: 100, tts: 200 }),
    ...turn(2, 900, { eou: 100, stt: 300, tts: 100 }),
  ]);
  const c2 = item('c2', [
    ev(1, 'eou_delay', 200),
    ev(1, 'stt', 200),
    ev(1, 'kb', 50),
    ev(1, 'llm_ttft', 300),
    ev(1, 'tts_ttfb', 100),
    ev(2, 'stt', 400),
    ev(2, 'llm_ttft', 500),
  ]);
  const c3 = item('c3', null);
  const result = aggregate([c1, c2, c3]).result();

  it('pools every valid event of a type, incomplete turns included, with interpolated percentiles', () => {
    // stt: 100, 300, 200, 400 → p50 between 200 and 300; p90 at rank 2.7 → 300 + 0.7 × 100.
    expect(result.components.find((c) => c.type === 'stt')).toEqual({
      type: 'stt',
      count: 4,
      p50: 250,
      p90: 370,
      p95: 385,
      p99: 397,
      max: 400,
    });
    // llm_ttft: 600, 400, 300, 500.
    expect(result.components.find((c) => c.type === 'llm_ttft')).toMatchObject({
      count: 4,
      p50: 450,
      max: 600,
    });
    expect(result.components.find((c) => c.type === 'kb')).toMatchObject({
      count: 1,
      p50: 50,
      p99: 50,
    });
    // Response-cycle order, as on the call page.
    expect(result.components.map((c) => c.type)).toEqual([
      'eou_delay',
      'stt',
      'kb',
      'llm_ttft',
      'tts_ttfb',
    ]);
  });

  it('keeps incomplete turns out of the turn figures, and counts them', () => {
    // Complete totals 850, 900, 1,000.
    expect(result.turns).toMatchObject({
      measured: 4,
      incomplete: 1,
      complete: { count: 3, p50: 900, p90: 980, p95: 990, p99: 998, max: 1000 },
      overTarget: 3,
      overTargetShare: 1,
    });
  });

  it('bins the complete turns to cover the 99th percentile and the target', () => {
    // Up to 998 ms in at most 30 bins of a round width: 50 ms, 20 bins; 1,000 is past the last.
    const { histogram } = result.turns;
    expect(histogram.binMs).toBe(50);
    expect(histogram.counts).toHaveLength(20);
    expect(histogram.counts[17]).toBe(1);
    expect(histogram.counts[18]).toBe(1);
    expect(histogram.counts.reduce((a, b) => a + b, 0)).toBe(2);
    expect([histogram.overflowFrom, histogram.overflow]).toEqual([1000, 1]);
  });

  it('judges the target the view asks for, from the same kept state', () => {
    const agg = aggregate([c1, c2, c3]);
    const at950 = agg.result(view({ targetMs: 950 }));
    expect([at950.turns.overTarget, at950.turns.overTargetShare]).toEqual([1, 0.333]);
    expect(at950.rows.overTarget).toEqual([1, 0, 0]);
    // A target past every turn widens the histogram to reach it.
    const at3000 = agg.result(view({ targetMs: 3000 }));
    expect(at3000.turns.histogram.binMs).toBe(200);
    expect(at3000.turns.histogram.overflow).toBe(0);
    expect(agg.result()).toEqual(result);
  });

  it('gives one compact row per call, in list order', () => {
    expect(result.rows.id).toEqual(['c1', 'c2', 'c3']);
    expect(result.rows.latency).toEqual(['ok', 'ok', 'none']);
    expect(result.rows.medianMs).toEqual([950, 850, null]);
    expect(result.rows.p95Ms).toEqual([995, 850, null]);
    expect(result.rows.slowestMs).toEqual([1000, 850, null]);
    expect(result.rows.slowestTurn).toEqual([1, 1, null]);
    expect(result.rows.overTarget).toEqual([2, 1, 0]);
    expect(result.rows.completeTurns).toEqual([2, 1, 0]);
    expect(result.rows.incompleteTurns).toEqual([0, 1, 0]);
    // c1: LLM 1,000 of 1,900 ms; c2: LLM 800 of 1,750 ms (incomplete turns count, as on the call page).
    expect(result.rows.dominant).toEqual(['llm_ttft', 'llm_ttft', null]);
    expect(result.rows.dominantShare).toEqual([0.53, 0.46, null]);
  });

  it('ranks calls by their p95 turn and counts calls by what their latency held', () => {
    expect(result.slowest).toEqual([0, 1]);
    expect(result.calls).toMatchObject({ read: 3, aggregated: 3, withLatency: 2, noLatency: 1 });
  });
});

describe('by agent and by provider', () => {
  // agt_r was reconfigured: Deepgram, then AssemblyAI (named in `latency.providers` on r3).
  const items = [
    item('r1', turn(1, 1000, { eou: 100, stt: 100, tts: 100 }), {
      agent: 'agt_r',
      providers: { stt: 'deepgram' },
    }),
    item('r2', turn(1, 1000, { eou: 100, stt: 300, tts: 100 }), {
      agent: 'agt_r',
      providers: { stt: 'assemblyai' },
    }),
    item('r3', null, {
      agent: 'agt_r',
      latency: {
        events: turn(1, 1000, { eou: 100, stt: 200, tts: 100 }),
        providers: { stt: 'assemblyai' },
      },
    }),
    item(
      'o1',
      [
        ...turn(1, 600, { eou: 100, stt: 150, tts: 100 }),
        ...turn(2, 700, { eou: 100, stt: 170, tts: 100 }),
      ],
      { agent: 'agt_o', providers: { stt: 'deepgram' } },
    ),
  ];
  const result = aggregate(items).result();

  it('shows both providers of a reconfigured agent', () => {
    const r = result.byAgent.find((a) => a.agentId === 'agt_r')!;
    expect(r.calls).toBe(3);
    expect(r.providers.filter((p) => p.type === 'stt')).toEqual([
      {
        type: 'stt',
        provider: 'assemblyai',
        calls: 2,
        count: 2,
        p50: 250,
        p90: 290,
        p95: 295,
        p99: 299,
        max: 300,
      },
      {
        type: 'stt',
        provider: 'deepgram',
        calls: 1,
        count: 1,
        p50: 100,
        p90: 100,
        p95: 100,
        p99: 100,
        max: 100,
      },
    ]);
    // Components that named no provider are pooled under null ("not reported").
    expect(r.providers.find((p) => p.type === 'llm_ttft')).toMatchObject({
      provider: null,
      calls: 3,
    });
    expect(r.components.find((c) => c.type === 'stt')).toMatchObject({ count: 3, p50: 200 });
    expect(r.turns).toEqual({ count: 3, p50: 1000, p95: 1000 });
  });

  it('pools each provider across agents, and orders agents by calls', () => {
    expect(result.byProvider.filter((p) => p.type === 'stt')).toMatchObject([
      { provider: 'deepgram', calls: 2, count: 3, p50: 150, max: 170 },
      { provider: 'assemblyai', calls: 2, count: 2, p50: 250 },
    ]);
    expect(result.byAgent.map((a) => [a.agentId, a.calls])).toEqual([
      ['agt_r', 3],
      ['agt_o', 1],
    ]);
    expect(result.otherAgents).toBeNull();
  });
});

describe('by load', () => {
  const at = (id: string, load: unknown, total: number) => item(id, turn(1, total), { load });

  it('keeps one bin per level while there are few, and counts calls without a usable load apart', () => {
    const result = aggregate([
      at('a', 1, 800),
      at('b', 1, 1000),
      at('c', 3, 2000),
      at('d', undefined, 900),
      at('e', '12', 900),
      at('f', -1, 900),
      at('g', 2.5, 900),
    ]).result();
    // The LLM takes total − 300 in each turn.
    expect(result.byLoad).toEqual({
      binned: false,
      bins: [
        {
          from: 1,
          to: 2,
          calls: 2,
          turns: { count: 2, p50: 900, p95: 990 },
          llmTtft: { count: 2, p50: 600, p95: 690 },
        },
        {
          from: 3,
          to: 4,
          calls: 1,
          turns: { count: 1, p50: 2000, p95: 2000 },
          llmTtft: { count: 1, p50: 1700, p95: 1700 },
        },
      ],
      withoutLoad: { missing: 1, unusable: 3 },
    });
  });

  it('groups many levels into ranges of a round width', () => {
    // Levels 1–13: 13 levels, more than 12 → width 2 from 0: [0,2) [2,4) … [12,14).
    const items = Array.from({ length: 13 }, (_, i) => at(`l${i + 1}`, i + 1, 1000));
    const { byLoad } = aggregate(items).result();
    expect(byLoad.binned).toBe(true);
    expect(byLoad.bins.map((b) => [b.from, b.to, b.calls])).toEqual([
      [0, 2, 1],
      [2, 4, 2],
      [4, 6, 2],
      [6, 8, 2],
      [8, 10, 2],
      [10, 12, 2],
      [12, 14, 2],
    ]);
  });
});

describe('over time', () => {
  const on = (id: string, createdAt: string) => item(id, turn(1, 1000), { createdAt });

  it('uses hours for a short window, with only the hours that have calls', () => {
    const { overTime } = aggregate([
      on('a', '2026-11-20T10:05:00Z'),
      on('b', '2026-11-20T10:50:00Z'),
      on('c', '2026-11-20T12:10:00Z'),
      on('d', 'yesterday'),
    ]).result();
    expect(overTime.unit).toBe('hour');
    expect(overTime.buckets.map((b) => [b.start, b.calls])).toEqual([
      ['2026-11-20T10:00:00.000Z', 2],
      ['2026-11-20T12:00:00.000Z', 1],
    ]);
    expect(overTime.buckets[0]!.turns).toEqual({ count: 2, p50: 1000, p95: 1000 });
    expect(overTime.undated).toBe(1);
  });

  it('uses days for two weeks, starting at the viewer’s midnight', () => {
    const agg = aggregate([on('a', '2026-11-10T23:30:00Z'), on('b', '2026-11-20T01:00:00Z')]);
    const utc = agg.result().overTime;
    expect(utc.unit).toBe('day');
    expect(utc.buckets.map((b) => b.start)).toEqual([
      '2026-11-10T00:00:00.000Z',
      '2026-11-20T00:00:00.000Z',
    ]);
    // UTC+1: 00:30 on the 11th and 02:00 on the 20th, local time.
    expect(agg.result(view({ tzOffsetMin: 60 })).overTime.buckets.map((b) => b.start)).toEqual([
      '2026-11-10T23:00:00.000Z',
      '2026-11-19T23:00:00.000Z',
    ]);
  });

  it('uses weeks from Monday past half a year', () => {
    const { overTime } = aggregate([
      on('a', '2026-01-01T12:00:00Z'),
      on('b', '2026-11-20T12:00:00Z'),
    ]).result();
    expect(overTime.unit).toBe('week');
    // 2026-11-20 is a Friday; 2026-01-01 a Thursday.
    expect(overTime.buckets.map((b) => b.start)).toEqual([
      '2025-12-29T00:00:00.000Z',
      '2026-11-16T00:00:00.000Z',
    ]);
  });
});

describe('bad input', () => {
  it('counts and names invalid events, and never uses them', () => {
    const result = aggregate([
      item('bad', [
        ...turn(1, 1000),
        null,
        'stt 120',
        { turn: 'x', type: 'stt', ms: 5 },
        { turn: -2, type: 'stt', ms: 5 },
        { turn: 1, type: 'stt', ms: -1 },
        { turn: 1, type: 'stt', ms: '5' },
      ]),
      item('notObject', null, { latency: 'unavailable' }),
      item('notList', null, { latency: { events: { 0: ev(1, 'stt', 5) } } }),
    ]).result();
    expect(result.components.find((c) => c.type === 'stt')).toMatchObject({ count: 1, p50: 100 });
    expect(result.invalid.events).toBe(6);
    expect(result.invalid.calls).toBe(3);
    expect(
      Object.fromEntries(
        result.invalid.reasons.map((r) => [r.reason, [r.events, r.calls, r.sampleCallIds]]),
      ),
    ).toEqual({
      'not an object': [2, 1, ['bad']],
      'no turn number': [1, 1, ['bad']],
      'negative turn number': [1, 1, ['bad']],
      'negative ms': [1, 1, ['bad']],
      'ms is not a number': [1, 1, ['bad']],
      'latency is not an object': [0, 1, ['notObject']],
      'latency.events is not a list': [0, 1, ['notList']],
    });
    expect(result.calls).toMatchObject({
      withLatency: 1,
      latencyNotObject: 1,
      eventsNotList: 1,
      withInvalidEvents: 1,
    });
    expect(result.rows.invalidEvents).toEqual([6, 0, 0]);
    expect(result.rows.latency).toEqual(['ok', 'not-object', 'events-not-list']);
  });

  it('survives anything in the list, and says what it set aside', () => {
    const long = item(
      'long',
      Array.from({ length: 2000 }, (_, i) => turn(i + 1, 1000 + (i % 7))).flat(),
    );
    const overflow = item('overflow', [
      ...turn(1, 1000),
      ev(1, 'stt', Number.MAX_VALUE),
      ev(1, 'stt', Number.MAX_VALUE),
    ]);
    const agg = aggregate([null, 42, 'call', [], {}, { id: '' }, { id: 7 }, long, long, overflow]);
    expect(agg.counts()).toMatchObject({ calls: 2, rejected: 7, duplicates: 1 });
    const result = agg.result();
    expect(result.turns.complete.count).toBe(2001);
    expect(result.rows.completeTurns).toEqual([2000, 1]);
    // A turn whose sum overflows is kept (and counted) but sent as null, never as a broken number.
    expect(result.rows.slowestMs).toEqual([1006, null]);
    const text = JSON.stringify(result);
    expect(JSON.parse(text)).toEqual(result);
  });

  it('lists at most 40 types and pools the rest', () => {
    const events = Array.from({ length: MAX_COMPONENT_ROWS + 5 }, (_, i) =>
      Array.from({ length: 50 - i }, () => ev(1, `tool:t${i}`, 100 + i)),
    ).flat();
    const result = aggregate([item('tools', events)]).result();
    expect(result.components).toHaveLength(MAX_COMPONENT_ROWS);
    expect(result.components.map((c) => c.type)).not.toContain('tool:t44');
    // The five smallest: t40…t44, 10 down to 6 events of 140…144 ms. Sorted, 140 fills ranks
    // 0–9, 141 10–18, 142 19–26, 143 27–33, 144 34–39: p50 at rank 19.5, p90 at 35.1.
    expect(result.otherTypes).toEqual({
      types: 5,
      stats: { count: 40, p50: 142, p90: 144, p95: 144, p99: 144, max: 144 },
    });
  });
});

describe('views', () => {
  const agg = aggregate([
    item('w1', turn(1, 900), { type: 'web', createdAt: '2026-11-20T10:00:00Z' }),
    item('w2', turn(1, 1200), { type: 'web', createdAt: '2026-11-21T10:00:00Z' }),
    item('i1', turn(1, 700), { type: 'inbound', createdAt: '2026-11-21T11:00:00Z' }),
    item('x1', turn(1, 700), { type: 'inbound', createdAt: 'not a date' }),
  ]);

  it('keeps only the calls of a type', () => {
    const web = agg.result(view({ type: 'web' }));
    expect(web.rows.id).toEqual(['w1', 'w2']);
    expect(web.calls).toMatchObject({ read: 4, aggregated: 2 });
    expect(web.turns.complete).toMatchObject({ count: 2, p50: 1050 });
  });

  it('keeps only the calls created in [from, to), leaving undated ones out', () => {
    const day = agg.result(
      view({ from: Date.parse('2026-11-21T00:00:00Z'), to: Date.parse('2026-11-21T11:00:00Z') }),
    );
    expect(day.rows.id).toEqual(['w2']);
    expect(day.filters).toEqual({
      type: null,
      from: '2026-11-21T00:00:00.000Z',
      to: '2026-11-21T11:00:00.000Z',
    });
    expect(day.span).toEqual({
      first: '2026-11-21T10:00:00.000Z',
      last: '2026-11-21T10:00:00.000Z',
    });
  });
});
