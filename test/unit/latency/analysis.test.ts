import { describe, expect, it } from 'vitest';
import { analyseLatency } from '../../../src/lib/latency/analysis';
import { readComponents } from '../../../src/lib/latency/components';
import { readConnect } from '../../../src/lib/latency/connect';
import * as summaries from '../../../src/lib/latency/summary';
import { groupTurns } from '../../../src/lib/latency/turns';
import { turnStats } from '../../../src/lib/latency/turnStats';
import { ev } from './latencyEvents';

describe('readComponents', () => {
  it('reads API fields, adds p90/p95 from events, and marks missing components', () => {
    const events = [100, 200, 300, 400, 500].map((ms, i) => ev(i + 1, 'stt', ms));
    const [stt, llm, tts] = readComponents(
      {
        stt: {
          avg_ms: 300,
          p50_ms: 300,
          min_ms: 100,
          max_ms: 500,
          samples: 5,
          provider: 'deepgram',
        },
        llm_ttft: null,
        tts_ttfb: { avg_ms: 'fast', p50_ms: -1, provider: '' },
      },
      events,
    );
    expect(stt).toMatchObject({ present: true, p50Ms: 300, provider: 'deepgram', eventCount: 5 });
    expect(stt!.p90Ms).toBeCloseTo(460);
    expect(stt!.p95Ms).toBeCloseTo(480);
    expect(llm).toMatchObject({ present: false, avgMs: null, p90Ms: null, badFields: [] });
    expect(tts).toMatchObject({ present: true, avgMs: null, p50Ms: null, provider: null });
    expect(tts!.badFields).toEqual(['avg_ms', 'p50_ms']);
  });
});

describe('readConnect', () => {
  it('keeps missing phases as null and sums the known ones', () => {
    const c = readConnect({
      connect: { setup_ms: 200, dispatch_to_answer_ms: 'x', answer_to_active_ms: 100 },
    });
    expect(c.present).toBe(true);
    expect(c.phases.map((p) => p.ms)).toEqual([200, null, 100, null]);
    expect(c.knownTotalMs).toBe(300);
    expect(c.missing).toEqual(['Dispatch → answer', 'Active → greeting']);
    expect(readConnect(null).present).toBe(false);
  });
});

/** The components a turn's events leave out, as 0 ms events, so the turn is complete. */
const rest = (turn: number, ...types: string[]) =>
  ['stt', 'llm_ttft', 'tts_ttfb', 'eou_delay']
    .filter((t) => !types.includes(t))
    .map((t) => ev(turn, t, 0));

describe('summaries', () => {
  const chains = groupTurns([
    ev(1, 'llm_ttft', 600),
    ev(1, 'stt', 400),
    ...rest(1, 'llm_ttft', 'stt'),
    ev(2, 'llm_ttft', 300),
    ev(2, 'stt', 100),
    ...rest(2, 'llm_ttft', 'stt'),
    ev(3, 'stt', 2000),
    ...rest(3, 'stt'),
  ]);
  it('states median, count over target and the biggest share', () => {
    expect(
      summaries.turnsSummary(turnStats(chains), 2, 800, { type: 'stt', share: 2500 / 3400 }),
    ).toBe('Median turn 1.00 s; 2 of 3 turns over 800 ms; STT is 74% of the time.');
    expect(summaries.turnsSummary(turnStats([]), 0, 800, null)).toBe('No turns measured yet.');
  });
  it('names the slowest turn and its dominant component', () => {
    const sorted = [...chains].sort((a, b) => b.totalMs - a.totalMs);
    expect(summaries.slowestSummary(sorted)).toBe('Slowest turn: 3 at 2.00 s, mostly STT (100%).');
    expect(summaries.waterfallSummary(chains[0]!, 800)).toBe(
      'Turn 1: 1.00 s, 200 ms over the 800 ms target; LLM is 60%.',
    );
  });
  it('says which components are missing', () => {
    const comps = readComponents({ stt: { p50_ms: 120 }, llm_ttft: { p50_ms: 480 } }, []);
    expect(summaries.componentsSummary(comps)).toBe(
      'Slowest median: LLM time to first token at 480 ms. Missing: TTS time to first byte, End-of-utterance delay.',
    );
  });
  it('describes the connect phase, including missing phases', () => {
    expect(
      summaries.connectSummary(
        readConnect({ connect: { setup_ms: 250, dispatch_to_answer_ms: 750 } }),
      ),
    ).toBe(
      'The known phases of connecting took 1.00 s; Dispatch → answer was 75% of it. Missing: Answer → active, Active → greeting.',
    );
  });
});

describe('analyseLatency', () => {
  it('turns excluded events and unusable component fields into warnings', () => {
    const a = analyseLatency({
      stt: { avg_ms: 'n/a' },
      events: [ev(1, 'stt', 100), { turn: 1, type: 'llm_ttft', ms: -3 }],
    });
    expect(a.chains).toHaveLength(1);
    expect(a.warnings.map((w) => w.message)).toEqual([
      'Event excluded: negative ms',
      'latency.stt: avg_ms is not a usable number',
    ]);
    expect(a.warnings[0]!.detail).toBe('{"turn":1,"type":"llm_ttft","ms":-3}');
  });
  it('is empty but well-formed for null latency', () => {
    const a = analyseLatency(null);
    expect(a.hasLatency).toBe(false);
    expect(a.turns.complete.p50).toBeNull();
    expect(a.warnings).toEqual([]);
  });
});
