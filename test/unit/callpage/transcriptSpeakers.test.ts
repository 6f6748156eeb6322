import { describe, expect, it } from 'vitest';
import { normaliseTranscript, parseTranscriptText } from '../../../src/lib/conversation/transcript';

const lines = (text: string, agentName?: string) =>
  parseTranscriptText(text, agentName).map((l) => [l.speaker, l.role, l.text]);

describe('transcript speakers', () => {
  it('attributes Assistant, AI, Customer and Caller labels through the role table', () => {
    expect(lines('Assistant: Hello\nCustomer: Hi\nAI: How can I help?\nCaller: A booking')).toEqual(
      [
        ['Assistant', 'agent', 'Hello'],
        ['Customer', 'user', 'Hi'],
        ['AI', 'agent', 'How can I help?'],
        ['Caller', 'user', 'A booking'],
      ],
    );
  });

  it("attributes lines labelled with the agent's name, however long the name", () => {
    const name = 'Brightsmile Dental Receptionist';
    expect(
      lines(`${name}: Hello\nCustomer: Hi\nbrightsmile dental receptionist: Bye`, name),
    ).toEqual([
      [name, 'agent', 'Hello'],
      ['Customer', 'user', 'Hi'],
      ['brightsmile dental receptionist', 'agent', 'Bye'],
    ]);
  });

  it('never merges a labelled line into the previous one, even for a speaker it cannot place', () => {
    expect(
      lines('Agent: Let me check.\nDr. Patel: Hello, this is Dr. Patel.\nUser: Thanks'),
    ).toEqual([
      ['Agent', 'agent', 'Let me check.'],
      ['Dr. Patel', null, 'Hello, this is Dr. Patel.'],
      ['User', 'user', 'Thanks'],
    ]);
  });

  it('still continues unlabelled lines, lower-case prose and links', () => {
    expect(lines('Customer: It hurts\nwhen I drink.\nnote: cold\nhttps://example.com/x')).toEqual([
      ['Customer', 'user', 'It hurts\nwhen I drink.\nnote: cold\nhttps://example.com/x'],
    ]);
  });

  it('reads legacy transcript entries through the role table and the message text keys', () => {
    const t = normaliseTranscript([
      { role: 'assistant', text: 'Hello' },
      { role: 'Customer', message: 'Hi' },
    ]);
    expect(t.kind === 'turns' && t.lines.map((l) => [l.role, l.text])).toEqual([
      ['agent', 'Hello'],
      ['user', 'Hi'],
    ]);
  });
});
