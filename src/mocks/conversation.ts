import { turnEvents, type LatencyEventJson } from './latencyGen';
import type { Random } from './random';
import { fillerAgent, fillerUser, type Scenario } from './scenarios';

export interface Conversation {
  messages: unknown[];
  events: LatencyEventJson[];
  transcript: string;
}

/** Messages, per-turn latency events and a transcript string for one scripted conversation. */
export function conversationFor(
  random: Random,
  scenario: Scenario,
  turnCount?: number,
): Conversation {
  const messages: unknown[] = [{ role: 'agent', content: scenario.greeting }];
  const events: LatencyEventJson[] = [];
  const lines = [`Agent: ${scenario.greeting}`];
  const count = turnCount ?? scenario.turns.length;
  for (let i = 0; i < count; i++) {
    const turn = i + 1;
    const scripted = scenario.turns[i];
    const user = scripted?.user ?? random.pick(fillerUser);
    const agent = scripted?.agent ?? random.pick(fillerAgent);
    messages.push({ role: 'user', content: user });
    lines.push(`User: ${user}`);
    if (scripted?.tool) {
      const toolCallId = `call_${turn}_${Math.floor(random.next() * 1e9).toString(36)}`;
      messages.push({
        role: 'tool_call',
        name: scripted.tool.name,
        arguments: JSON.stringify(scripted.tool.args),
        tool_call_id: toolCallId,
      });
      messages.push({
        role: 'tool_result',
        tool_call_id: toolCallId,
        content: JSON.stringify(scripted.tool.result),
        is_error: scripted.tool.isError ?? false,
      });
    }
    messages.push({ role: 'agent', content: agent });
    lines.push(`Agent: ${agent}`);
    events.push(
      ...turnEvents(random, turn, {
        kb: scripted?.kb ?? random.chance(0.1),
        tool: scripted?.tool?.name,
      }),
    );
  }
  return { messages, events, transcript: lines.join('\n') };
}
