import { describe, expect, it } from 'vitest';
import {
  normaliseTranscript,
  parseTranscriptText,
  transcriptPlainText,
  transcriptToItems,
} from '../../../src/lib/conversation/transcript';

describe('transcript', () => {
  it('parses a string into speaker lines; unlabelled lines continue the previous one', () => {
    expect(parseTranscriptText('Agent: Hello\nUser: Hi there\nsecond line\nCaller: bye')).toEqual([
      { speaker: 'Agent', role: 'agent', text: 'Hello', json: false },
      { speaker: 'User', role: 'user', text: 'Hi there\nsecond line', json: false },
      { speaker: 'Caller', role: 'user', text: 'bye', json: false },
    ]);
  });

  it('keeps text without speaker labels', () => {
    expect(parseTranscriptText('just words: here')).toEqual([
      { speaker: null, role: null, text: 'just words: here', json: false },
    ]);
  });

  it('reads the legacy array of {role, content}, including odd entries', () => {
    const t = normaliseTranscript([
      { role: 'agent', content: 'Hello' },
      { role: 'user', content: 'Hi' },
      { role: 'narrator', content: 'aside' },
      42,
    ]);
    expect(t.kind).toBe('turns');
    if (t.kind !== 'turns') return;
    expect(t.lines.map((l) => [l.role, l.text])).toEqual([
      ['agent', 'Hello'],
      ['user', 'Hi'],
      [null, 'aside'],
      [null, '42'],
    ]);
  });

  it('treats null, empty strings, empty arrays and other types as no transcript', () => {
    for (const value of [null, '', '  ', [], 5, { a: 1 }]) {
      expect(normaliseTranscript(value)).toEqual({ kind: 'none' });
    }
  });

  it('turns a transcript into conversation items without raw message indexes', () => {
    const items = transcriptToItems(normaliseTranscript('Agent: Hello\nUser: Hi'));
    expect(items).toMatchObject([
      { kind: 'speech', role: 'agent', text: 'Hello', indexes: [] },
      { kind: 'speech', role: 'user', text: 'Hi', indexes: [] },
    ]);
    expect(transcriptToItems({ kind: 'none' })).toEqual([]);
  });

  it('copies a text transcript as sent and legacy turns as speaker lines', () => {
    const text = 'Agent: Hello\nUser: <b>hi</b>';
    expect(transcriptPlainText(normaliseTranscript(text))).toBe(text);
    expect(
      transcriptPlainText(
        normaliseTranscript([
          { role: 'assistant', content: 'Hello' },
          { role: 'user', content: 'Hi' },
        ]),
      ),
    ).toMatch(/^\S+: Hello\n\S+: Hi$/);
    expect(transcriptPlainText(normaliseTranscript(null))).toBe('');
  });
});
