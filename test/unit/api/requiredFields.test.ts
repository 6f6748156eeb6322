import { describe, expect, it } from 'vitest';
import { parseCall } from '../../../src/api/parse';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { generateDemoCalls } from '../../../src/mocks/generator';

const booked = generateDemoCalls({ now: Date.parse('2026-11-22T10:00:00Z'), count: 0 }).find(
  (c) => c.id === DEMO_CALL_IDS.booked,
)!;

function without(...keys: string[]): Record<string, unknown> {
  const raw: Record<string, unknown> = { ...booked };
  for (const key of keys) delete raw[key];
  return raw;
}

describe('parseCall: required fields (seeds/004 CallResponse.required)', () => {
  it('lists a missing required field as a schema issue, like a wrong type', () => {
    const call = parseCall({ ...without('agent_id', 'messages', 'latency'), status: 7 });
    expect(call.schemaIssues).toEqual([
      'agent_id: expected a string, missing (required)',
      'status: expected a string, received number',
      'messages: expected an array, missing (required)',
      'latency: expected an object or null, missing (required)',
    ]);
    // Still shown as empty, so the page renders.
    expect(call.messages).toEqual([]);
    expect(call.latency).toBeNull();
  });

  it('lists every required field of a bare {id}', () => {
    expect(parseCall({ id: 'call_abc123' }).schemaIssues).toHaveLength(22);
  });

  it('says nothing about the fields the spec does not require', () => {
    const optional = ['twilio_call_sid', 'outcome', 'ai_summary', 'credits_used', 'kb_snapshot'];
    expect(parseCall(without(...optional)).schemaIssues).toEqual([]);
  });

  it('takes a required nullable field sent as null as present', () => {
    expect(parseCall({ ...booked, ended_at: null, latency: null }).schemaIssues).toEqual([]);
  });
});
