/** Demo calls at the edges of the spec: odd messages, markup everywhere, every field null. */
import type { CallResponseJson } from '../api/schema';
import { buildCall, iso } from './buildCall';
import { DEMO_CALL_IDS } from './ids';
import type { Random } from './random';
import { scenarios } from './scenarios';

/** A finished call from one of the demo scenarios, for an edge case to dress up. */
function completedCall(
  random: Random,
  createdAt: number,
  id: string,
  scenario: number,
  type: 'web' | 'inbound',
): CallResponseJson {
  return buildCall(random, {
    id,
    scenario: scenarios[scenario]!,
    createdAt,
    status: 'completed',
    type,
  });
}

export function oddMessagesCall(random: Random, createdAt: number): CallResponseJson {
  const call = completedCall(random, createdAt, DEMO_CALL_IDS.oddMessages, 1, 'web');
  call.messages = [
    { role: 'agent', content: 'Hello, Parcel Tracking here.' },
    { role: 'user', content: [{ type: 'text', text: 'Nested content parts from a newer SDK' }] },
    { role: 'system', content: 'Unknown role: the console must still show this.' },
    null,
    'a bare string message',
    42,
    {
      role: 'tool_call',
      name: 'orphan_lookup',
      arguments: '{not valid json',
      tool_call_id: 'orphan_1',
    },
    {
      role: 'tool_result',
      tool_call_id: 'never_called',
      content: 'result without a call',
      is_error: false,
    },
    { role: 'agent', content: null },
    { foo: 'bar', nested: { deep: [1, 2, { x: true }] } },
    { role: 'user', content: 'Thanks, bye.' },
  ];
  return call;
}

export function hostileCall(random: Random, createdAt: number): CallResponseJson {
  const xss = '<img src=x onerror="alert(1)"><script>alert("xss")</script>';
  const call = completedCall(random, createdAt, DEMO_CALL_IDS.hostile, 0, 'inbound');
  call.ai_summary = `Caller pasted markup: ${xss} <b>bold?</b>`;
  call.outcome = '<i>Custom</i> Outcome';
  call.end_reason = '<svg onload=alert(1)>';
  call.recording_url = 'javascript:alert(document.domain)';
  call.messages = [
    { role: 'agent', content: 'Hello! How can I help?' },
    { role: 'user', content: `My name is ${xss}` },
    {
      role: 'tool_call',
      name: '<b>tool</b>',
      arguments: JSON.stringify({ q: xss }),
      tool_call_id: 't1',
    },
    { role: 'tool_result', tool_call_id: 't1', content: xss, is_error: true },
    { role: 'agent', content: 'I will <a href="javascript:alert(1)">click here</a>.' },
  ];
  call.metadata = { ...call.metadata, '<script>key</script>': xss, link: 'javascript:alert(1)' };
  return call;
}

/**
 * A call with every nullable field null and every open object empty (also used by tests).
 * Written out rather than spread from the parser's callFieldFallbacks: importing that value
 * here puts src/api/schema in a chunk shared with the lazy demo, +0.3 KiB of initial JS.
 */
export function allNullCall(
  createdAt: number,
  id: string = DEMO_CALL_IDS.allNull,
  agentId = 'agt_unknown_agent',
): CallResponseJson {
  return {
    id,
    agent_id: agentId,
    type: 'inbound',
    status: 'completed',
    from_number: null,
    to_number: null,
    room_name: null,
    direction: 'inbound',
    twilio_call_sid: null,
    scheduled_at: null,
    variables: {},
    started_at: null,
    ended_at: null,
    duration_seconds: null,
    end_reason: null,
    outcome: null,
    transcript: null,
    messages: [],
    recording_url: null,
    ai_summary: null,
    analysis: null,
    latency: null,
    cost_cents: null,
    credits_used: null,
    kb_snapshot: null,
    metadata: {},
    created_at: iso(createdAt),
    updated_at: iso(createdAt),
  };
}
