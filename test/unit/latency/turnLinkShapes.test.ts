import { describe, expect, it } from 'vitest';
import { linkNote } from '../../../src/lib/latency/linkNote';
import { groupTurns } from '../../../src/lib/latency/turns';
import { linkTurnsToMessages } from '../../../src/lib/latency/turnLink';

const FULL = ['eou_delay', 'stt', 'llm_ttft', 'tts_ttfb'];
/** Measured turns with the given event types (all four components by default). */
const turns = (numbers: number[], types: (n: number) => string[] = () => FULL) =>
  groupTurns(numbers.flatMap((turn) => types(turn).map((type) => ({ turn, type, ms: 100 }))));

const say = (role: string, content = role) => ({ role, content });

describe('turn links: the role table', () => {
  it('counts customer, human and caller messages as the caller, assistant/bot/ai as replies', () => {
    const messages = [
      say('assistant'), // 0 greeting
      say('Customer'), // 1
      say('bot'), // 2 → turn 1
      say(' human '), // 3
      say('AI'), // 4 → turn 2
      say('caller'), // 5
      say('Assistant'), // 6 → turn 3
    ];
    const links = linkTurnsToMessages(messages, turns([1, 2, 3]));
    expect([...links.agentMessageByTurn]).toEqual([
      [1, 2],
      [2, 4],
      [3, 6],
    ]);
    expect(linkNote(links.status)).toMatch(
      /^Turn N is the agent’s reply to the caller’s Nth message/,
    );
  });
});

describe('turn links: where turns start', () => {
  const messages = [
    say('agent', 'Hello'), // 0 greeting
    say('user', 'Hi'), // 1
    say('agent', 'Hi there'), // 2
    say('user', 'Book me'), // 3
    say('agent', 'Booked'), // 4
  ];

  it('detects a chain counted from 0 (turn 0 has the caller’s STT/EOU) and links it', () => {
    const links = linkTurnsToMessages(messages, turns([0, 1]));
    expect([...links.agentMessageByTurn]).toEqual([
      [0, 2],
      [1, 4],
    ]);
    expect(links.messagesByTurn.get(0)).toEqual([1, 2]);
    expect(linkNote(links.status)).toMatch(/^Turns count from 0 in this call/);
  });

  it('links a measured greeting (turn 0 without caller events) to the greeting', () => {
    const links = linkTurnsToMessages(
      messages,
      turns([0, 1, 2], (n) => (n === 0 ? ['llm_ttft', 'tts_ttfb'] : FULL)),
    );
    expect([...links.agentMessageByTurn]).toEqual([
      [0, 0],
      [1, 2],
      [2, 4],
    ]);
    expect(linkNote(links.status)).toMatch(/Turn 0 is the greeting\.$/);
  });

  it('says it cannot link a 0-based chain with more turns than caller messages', () => {
    const links = linkTurnsToMessages(messages, turns([0, 1, 2]));
    expect(links.messagesByTurn.size).toBe(0);
    expect(linkNote(links.status)).toBe(
      'Turns are not linked to the conversation: turn 0 has the caller’s speech events, so turns seem to count from 0, but turn 2 would need 3 caller messages and there are only 2 caller messages.',
    );
  });

  it('says it cannot link a turn 0 that is neither a reply nor a greeting', () => {
    const links = linkTurnsToMessages(
      messages.slice(1),
      turns([0, 1], (n) => (n === 0 ? ['llm_ttft'] : FULL)),
    );
    expect(links.messagesByTurn.size).toBe(0);
    expect(linkNote(links.status)).toMatch(
      /^Turns are not linked to the conversation: turn 0 has no caller/,
    );
  });
});
