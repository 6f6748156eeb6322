import { parseCall } from '../../../src/api/parse';
import type { Call } from '../../../src/api/schema';

/** A valid call through the real parser, with only the fields a test cares about set. */
export function makeCall(fields: Record<string, unknown> = {}): Call {
  return parseCall({
    id: 'call_1',
    agent_id: 'agt_1',
    type: 'inbound',
    status: 'in_progress',
    direction: 'inbound',
    from_number: '+14155550134',
    to_number: '+16285550199',
    started_at: '2026-11-22T10:00:00Z',
    ended_at: null,
    messages: [],
    transcript: null,
    ai_summary: null,
    analysis: null,
    metadata: {},
    variables: {},
    ...fields,
  });
}

/** What the API writes a few seconds after a call ends. */
export const POST_CALL = {
  messages: [{ role: 'agent', content: 'Hello' }],
  transcript: 'Agent: Hello',
  ai_summary: 'Short call.',
  analysis: { outcome: 'Interested', summary: 'Short call.' },
};
