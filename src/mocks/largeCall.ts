import type { CallResponseJson } from '../api/schema';
import { buildCall } from './buildCall';
import { conversationFor } from './conversation';
import { DEMO_CALL_IDS, DEMO_SEED } from './ids';
import { latencyFromEvents } from './latencyGen';
import { createRandom } from './random';
import { AGENTS, scenarios } from './scenarios';

/** A stress call: about 5,000 messages and 2,000 turns. */
export function largeCall({
  seed = DEMO_SEED,
  now,
  turns = 2000,
}: {
  seed?: number;
  now: number;
  turns?: number;
}): CallResponseJson {
  const random = createRandom(seed + 1);
  const call = buildCall(random, {
    id: DEMO_CALL_IDS.large,
    scenario: scenarios[1]!,
    createdAt: now,
    status: 'completed',
    type: 'web',
  });
  const conv = conversationFor(random, scenarios[1]!, turns);
  // Pad with tool traffic so the message count reaches ~5,000 like a long agentic call.
  const messages: unknown[] = [];
  let pad = 5000 - conv.messages.length;
  for (const m of conv.messages) {
    messages.push(m);
    if (pad > 1 && (m as { role?: string }).role === 'user') {
      const id = `bulk_${pad}`;
      messages.push({
        role: 'tool_call',
        name: 'crm_lookup',
        arguments: JSON.stringify({ n: pad }),
        tool_call_id: id,
      });
      messages.push({
        role: 'tool_result',
        tool_call_id: id,
        content: '{"ok":true}',
        is_error: false,
      });
      pad -= 2;
    }
  }
  call.messages = messages;
  call.transcript = conv.transcript;
  call.latency = latencyFromEvents(random, conv.events);
  call.duration_seconds = turns * 9;
  call.agent_id = AGENTS[1].id;
  return call;
}
