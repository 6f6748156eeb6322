import { describe, expect, it } from 'vitest';
import { normaliseMessages, type SpeechItem } from '../../../src/lib/conversation/messages';

/** The speech items of a message list (throws on anything else, so a test names what it got). */
function speech(messages: unknown[]): SpeechItem[] {
  return normaliseMessages(messages).map((item) => {
    if (item.kind !== 'speech') throw new Error(`expected speech, got ${item.kind}`);
    return item;
  });
}

describe('messages: one role table', () => {
  it('reads assistant, bot and ai as the agent; human, customer and caller as the user', () => {
    const items = speech(
      ['assistant', 'bot', 'ai', 'human', 'customer', 'caller'].map((role) => ({
        role,
        content: role,
      })),
    );
    expect(items.map((i) => i.role)).toEqual(['agent', 'agent', 'agent', 'user', 'user', 'user']);
  });

  it('normalises case and whitespace once, and keeps the role as sent for display', () => {
    const items = speech([
      { role: '  ASSISTANT ', content: 'a' },
      { role: 'Customer', content: 'b' },
      { role: 'agent', content: 'c' },
      { role: ' User', content: 'd' },
    ]);
    expect(items.map((i) => [i.role, i.roleLabel])).toEqual([
      ['agent', 'ASSISTANT'],
      ['user', 'Customer'],
      ['agent', null],
      ['user', null],
    ]);
  });
});

describe('messages: text under other keys', () => {
  it('reads text from content, text or message, never saying empty when one has it', () => {
    const items = speech([
      { role: 'user', text: 'under text' },
      { role: 'agent', message: 'under message' },
      { role: 'user', content: null, text: 'content null, text set' },
      { role: 'agent', content: '', message: 'empty content, message set' },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'part one' },
          { type: 'text', text: 'part two' },
        ],
      },
    ]);
    expect(items.map((i) => [i.text, i.empty, i.json])).toEqual([
      ['under text', false, false],
      ['under message', false, false],
      ['content null, text set', false, false],
      ['empty content, message set', false, false],
      ['part one\npart two', false, false],
    ]);
  });

  it('still says empty when every text key is empty', () => {
    const [item] = speech([{ role: 'user', content: null, text: '' }]);
    expect(item!.empty).toBe(true);
  });

  it('reads the text of a role it does not know from the same keys', () => {
    const [item] = normaliseMessages([{ role: 'system', text: 'Call transferred.' }]);
    expect(item).toMatchObject({
      kind: 'other',
      label: 'Role "system"',
      text: 'Call transferred.',
    });
  });
});

describe('messages: time and other keys', () => {
  it('keeps unknown keys, in order, with non-strings as compact JSON', () => {
    const [item] = speech([
      { role: 'user', content: 'hi', confidence: 0.91, language: 'en', words: [{ w: 'hi' }] },
    ]);
    expect(item!.extras).toEqual([
      { key: 'confidence', text: '0.91', json: true },
      { key: 'language', text: 'en', json: false },
      { key: 'words', text: '[{"w":"hi"}]', json: true },
    ]);
    expect(item!.searchText).toContain('language en');
  });

  it('shows seconds from the start, start–end ranges and ISO times beside the message', () => {
    const items = speech([
      { role: 'user', content: 'a', seconds_from_start: 72.4 },
      { role: 'agent', content: 'b', start: 3.2, end: 5.9 },
      { role: 'user', content: 'c', timestamp: '2026-11-22T10:00:03Z' },
      { role: 'agent', content: 'd', created_at: '2026-11-22T10:00:04Z' },
      { role: 'user', content: 'e', time: 1764576030 },
    ]);
    expect(items[0]!.time).toMatchObject({ text: '1:12', keys: ['seconds_from_start'] });
    expect(items[1]!.time).toMatchObject({ text: '0:03–0:05', keys: ['start', 'end'] });
    expect(items[2]!.time).toMatchObject({
      keys: ['timestamp'],
      dateTime: '2026-11-22T10:00:03.000Z',
    });
    expect(items[2]!.time!.title).toContain('2026-11-22 10:00:03 UTC');
    expect(items[3]!.time!.keys).toEqual(['created_at']);
    // An epoch number could be seconds or milliseconds: shown as sent, not guessed.
    expect(items[4]!.time).toMatchObject({ text: 'time: 1764576030', dateTime: null });
    // A time field shown as the time is not listed again among the other keys.
    expect(items.every((i) => i.extras.length === 0)).toBe(true);
  });

  it('shows a time field it cannot read as sent, with its key', () => {
    const [item] = speech([{ role: 'user', content: 'x', start: 'soon', timestamp: '12' }]);
    expect(item!.time!.text).toBe('start: soon · timestamp: 12');
  });
});
