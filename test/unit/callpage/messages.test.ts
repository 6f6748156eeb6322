import { describe, expect, it } from 'vitest';
import { contentText } from '../../../src/lib/conversation/messageFields';
import { itemIndexForMessage, normaliseMessages } from '../../../src/lib/conversation/messages';

describe('normaliseMessages', () => {
  it('keeps agent and user speech with their raw indexes', () => {
    const items = normaliseMessages([
      { role: 'agent', content: 'Hello' },
      { role: 'user', content: 'Hi' },
    ]);
    expect(items).toMatchObject([
      { kind: 'speech', role: 'agent', text: 'Hello', indexes: [0] },
      { kind: 'speech', role: 'user', text: 'Hi', indexes: [1] },
    ]);
  });

  it('reads a speech message’s time and other keys only when they are first shown or searched', () => {
    let reads = 0;
    const message = {
      role: 'user',
      content: 'Hi there',
      get created_at() {
        reads += 1;
        return '2026-11-22T10:00:03Z';
      },
    };
    const [item] = normaliseMessages([message]);
    // Thousands of messages, a screenful shown: nothing per message beyond its text up front.
    expect(reads).toBe(0);
    expect(item).toMatchObject({ kind: 'speech', text: 'Hi there' });
    expect(item!.kind === 'speech' && item!.time?.keys).toEqual(['created_at']);
    const afterTime = reads;
    expect(afterTime).toBeGreaterThan(0);
    expect(item!.searchText).toContain('hi there');
    expect(item!.kind === 'speech' && item!.extras).toEqual([]);
    expect(reads).toBe(afterTime); // worked out once
  });

  it('joins a tool_result to its tool_call by id and pretty-prints the arguments', () => {
    const items = normaliseMessages([
      { role: 'user', content: 'book it' },
      { role: 'tool_call', name: 'book', arguments: '{"slot":"15:30"}', tool_call_id: 'c1' },
      { role: 'tool_result', tool_call_id: 'c1', content: '{"ok":false}', is_error: true },
      { role: 'agent', content: 'Sorry' },
    ]);
    expect(items).toHaveLength(3);
    const tool = items[1]!;
    expect(tool.kind).toBe('tool');
    if (tool.kind !== 'tool') throw new Error('not a tool');
    expect(tool.name).toBe('book');
    expect(tool.args).toEqual({ text: '{\n  "slot": "15:30"\n}', valid: true, empty: false });
    expect(tool.results).toEqual([
      { index: 2, text: '{\n  "ok": false\n}', json: true, isError: true },
    ]);
    expect(tool.indexes).toEqual([1, 2]);
    expect(itemIndexForMessage(items, 2)).toBe(1);
    expect(itemIndexForMessage(items, 3)).toBe(2);
  });

  it('joins a result that arrives before its call', () => {
    const items = normaliseMessages([
      { role: 'tool_result', tool_call_id: 'x', content: 'done' },
      { role: 'tool_call', name: 't', arguments: '{}', tool_call_id: 'x' },
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'tool', indexes: [1, 0] });
  });

  it('keeps orphan calls (no result) and orphan results (no call), and invalid JSON arguments', () => {
    const items = normaliseMessages([
      {
        role: 'tool_call',
        name: 'orphan_lookup',
        arguments: '{not valid json',
        tool_call_id: 'o1',
      },
      { role: 'tool_result', tool_call_id: 'never_called', content: 'result without a call' },
    ]);
    expect(items[0]).toMatchObject({
      kind: 'tool',
      results: [],
      args: { text: '{not valid json', valid: false },
    });
    expect(items[1]).toMatchObject({
      kind: 'tool_result',
      toolCallId: 'never_called',
      result: { text: 'result without a call', isError: false, json: false },
    });
  });

  it('accepts object arguments and missing names', () => {
    const [item] = normaliseMessages([{ role: 'tool_call', arguments: { a: 1 } }]);
    expect(item).toMatchObject({ kind: 'tool', name: null, toolCallId: null });
    if (item?.kind !== 'tool') throw new Error('not a tool');
    expect(item.args.text).toBe('{\n  "a": 1\n}');
  });

  it('never drops odd items: null, strings, numbers, unknown roles, objects without a role', () => {
    const raw = [
      null,
      'a bare string message',
      42,
      { role: 'system', content: 'Unknown role' },
      { foo: 'bar', nested: { deep: [1, 2, { x: true }] } },
      [1, 2],
      undefined,
      true,
    ];
    const items = normaliseMessages(raw);
    expect(items.map((i) => i.indexes[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(items.map((i) => (i.kind === 'other' ? i.label : i.kind))).toEqual([
      'Empty item (null)',
      'Text',
      'Number',
      'Role "system"',
      'Unrecognised item',
      'Array',
      'Empty item (undefined)',
      'Boolean',
    ]);
    expect(items[3]).toMatchObject({ text: 'Unknown role', json: false });
    expect(items[4]).toMatchObject({ json: true });
    expect((items[4] as { text: string }).text).toContain('"deep"');
  });

  it('reads nested content parts as text and marks null content as empty', () => {
    const items = normaliseMessages([
      { role: 'user', content: [{ type: 'text', text: 'Nested parts' }] },
      { role: 'agent', content: null },
      { role: 'agent', content: { weird: true } },
    ]);
    expect(items[0]).toMatchObject({ kind: 'speech', text: 'Nested parts', json: false });
    expect(items[1]).toMatchObject({ kind: 'speech', empty: true });
    expect(items[2]).toMatchObject({ kind: 'speech', json: true });
  });

  it('builds lower-cased search text from everything shown', () => {
    const [tool] = normaliseMessages([
      { role: 'tool_call', name: 'Lookup_Parcel', arguments: '{"id":"AB12"}', tool_call_id: 'q' },
      { role: 'tool_result', tool_call_id: 'q', content: 'Timeout' },
    ]);
    expect(tool?.searchText).toContain('lookup_parcel');
    expect(tool?.searchText).toContain('ab12');
    expect(tool?.searchText).toContain('timeout');
  });

  it('does not throw on cyclic objects', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => normaliseMessages([cyclic])).not.toThrow();
  });
});

describe('contentText', () => {
  it('joins string parts and falls back to JSON for mixed parts', () => {
    expect(contentText(['a', { text: 'b' }])).toEqual({ text: 'a\nb', json: false, empty: false });
    expect(contentText([{ image: 'x' }]).json).toBe(true);
    expect(contentText('')).toEqual({ text: '', json: false, empty: true });
  });
});
