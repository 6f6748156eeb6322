import { describe, expect, it } from 'vitest';
import { linkTurnsToMessages } from '../../../src/lib/latency/turnLink';

/** Measured turns as linking sees them: a number and its event types. */
const measured = (...turns: number[]) =>
  turns.map((turn) => ({ turn, missing: ['tts_ttfb', 'eou_delay'] }));

const agent = (content: string) => ({ role: 'agent', content });
const user = (content: string) => ({ role: 'user', content });

describe('linkTurnsToMessages', () => {
  const messages = [
    agent('Hello'), // 0 greeting (turn 0)
    user('Hi'), // 1
    agent('How can I help?'), // 2 → turn 1
    user('Book me'), // 3
    { role: 'tool_call', name: 'book' }, // 4
    { role: 'tool_result', content: '{}' }, // 5
    agent('Booked'), // 6 → turn 2
  ];
  it('links turn N to the agent reply to the caller’s Nth message', () => {
    const links = linkTurnsToMessages(messages, measured(1, 2));
    expect(links.agentMessageByTurn.get(1)).toBe(2);
    expect(links.agentMessageByTurn.get(2)).toBe(6);
    expect(links.turnByMessageIndex.get(6)).toBe(2);
    expect(links.messagesByTurn.get(2)).toEqual([3, 4, 5, 6]);
  });
  it('drops the links when there are more turns than caller messages', () => {
    const links = linkTurnsToMessages(messages, measured(1, 2, 3));
    expect(links.messagesByTurn.size).toBe(0);
    expect(links.turnByMessageIndex.size).toBe(0);
  });
  it('makes no link without messages (a live call)', () => {
    expect(linkTurnsToMessages([], measured(1, 2)).messagesByTurn.size).toBe(0);
  });
});

describe('linkTurnsToMessages: roles', () => {
  it('reads roles trimmed and case-insensitively, like the conversation does', () => {
    const links = linkTurnsToMessages(
      [{ role: 'agent' }, { role: ' User ' }, { role: 'AGENT' }],
      measured(1),
    );
    expect(links.agentMessageByTurn.get(1)).toBe(2);
  });
});
