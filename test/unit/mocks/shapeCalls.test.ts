import { describe, expect, it } from 'vitest';
import { parseCall } from '../../../src/api/parse';
import { readEvents } from '../../../src/lib/latency/events';
import { groupTurns } from '../../../src/lib/latency/turns';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { generateDemoCalls } from '../../../src/mocks/generator';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const calls = generateDemoCalls({ now: NOW });
const byId = (id: string) => parseCall(calls.find((c) => c.id === id));
const chainsOf = (id: string) => groupTurns(readEvents(byId(id).latency).valid);

describe('demo calls for the loose shapes', () => {
  it('are valid CallResponses', () => {
    for (const id of [
      DEMO_CALL_IDS.incompleteTurns,
      DEMO_CALL_IDS.zeroBasedTurns,
      DEMO_CALL_IDS.otherMessageShapes,
      DEMO_CALL_IDS.namedTranscript,
    ]) {
      expect(byId(id).schemaIssues).toEqual([]);
    }
  });

  it('include incomplete turns whose samples and events disagree', () => {
    const chains = chainsOf(DEMO_CALL_IDS.incompleteTurns);
    expect(chains.filter((c) => !c.complete).map((c) => [c.turn, c.missing])).toEqual([
      [2, ['tts_ttfb']],
      [3, ['stt']],
      [5, ['llm_ttft', 'tts_ttfb', 'eou_delay']],
    ]);
    const latency = byId(DEMO_CALL_IDS.incompleteTurns).latency!;
    expect((latency.llm_ttft as { samples: number }).samples).toBe(5);
  });

  it('include a chain counted from 0, with a turn per caller message', () => {
    const call = byId(DEMO_CALL_IDS.zeroBasedTurns);
    const turns = chainsOf(DEMO_CALL_IDS.zeroBasedTurns).map((c) => c.turn);
    const callers = call.messages.filter((m) => (m as { role?: string }).role === 'user').length;
    expect(turns).toEqual(Array.from({ length: callers }, (_, i) => i));
  });

  it('include other roles, text keys, parts, times and unknown keys', () => {
    const messages = byId(DEMO_CALL_IDS.otherMessageShapes).messages as Record<string, unknown>[];
    const roles = new Set(messages.map((m) => m.role));
    for (const role of ['assistant', 'AI', 'bot', 'customer', ' Human ', 'caller']) {
      expect(roles).toContain(role);
    }
    const keys = new Set(messages.flatMap((m) => Object.keys(m)));
    for (const key of ['text', 'message', 'timestamp', 'seconds_from_start', 'start', 'end']) {
      expect(keys).toContain(key);
    }
    expect(messages.some((m) => Array.isArray(m.content))).toBe(true);
  });

  it('include a transcript with named speakers and no messages', () => {
    const call = byId(DEMO_CALL_IDS.namedTranscript);
    expect(call.messages).toEqual([]);
    expect(call.transcript).toMatch(/^Brightsmile Dental Receptionist: /);
    expect(call.transcript).toMatch(/\nDr\. Patel: /);
  });
});
