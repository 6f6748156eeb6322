import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/api/errors';
import { parseAgent, parseCall, parseCallPage, parseConsoleConfig } from '../../../src/api/parse';
import { callFieldFallbacks } from '../../../src/api/schema';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { generateDemoCalls } from '../../../src/mocks/generator';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const calls = generateDemoCalls({ now: NOW, count: 4 });
const booked = calls.find((c) => c.id === DEMO_CALL_IDS.booked)!;

function expectBadResponse(fn: () => unknown, raw: unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('bad_response');
    expect((error as ApiError).raw).toBe(raw);
    return;
  }
  throw new Error('expected a bad_response ApiError');
}

describe('parseCall', () => {
  it('accepts a spec-conformant call without issues', () => {
    const call = parseCall(booked);
    expect(call.id).toBe(DEMO_CALL_IDS.booked);
    expect(call.status).toBe('completed');
    expect(call.schemaIssues).toEqual([]);
    expect(call.raw).toBe(booked);
  });

  it('keeps every nullable field null', () => {
    const allNull = Object.fromEntries(
      Object.entries(booked).map(([k, v]) =>
        k === 'id' || k === 'messages' || k === 'metadata' || k === 'variables'
          ? [k, v]
          : [k, null],
      ),
    );
    const call = parseCall(allNull);
    for (const key of [
      'from_number',
      'to_number',
      'ended_at',
      'duration_seconds',
      'latency',
      'analysis',
      'cost_cents',
      'recording_url',
      'transcript',
    ] as const) {
      expect(call[key]).toBeNull();
    }
    // Required non-nullable strings that arrive null are reported, not fatal.
    expect(call.schemaIssues).toContain('status: expected a string, received null');
    expect(call.status).toBe('unknown');
  });

  it('passes unknown fields and odd open-object shapes through', () => {
    const raw = {
      ...booked,
      brand_new_field: { x: 1 },
      messages: [null, 'text', 42, { role: 'wizard', content: [{ type: 'text', text: 'hi' }] }],
      latency: { events: 'not-an-array', surprise: true },
      analysis: { outcome: 7, extracted_data: [] },
    };
    const call = parseCall(raw);
    expect(call.schemaIssues).toEqual([]);
    expect(call.messages).toHaveLength(4);
    expect(call.latency).toEqual({ events: 'not-an-array', surprise: true });
    expect((call.raw as Record<string, unknown>).brand_new_field).toEqual({ x: 1 });
  });

  it('accepts the legacy transcript array', () => {
    const call = parseCall({ ...booked, transcript: [{ role: 'user', content: 'hi' }] });
    expect(call.transcript).toEqual([{ role: 'user', content: 'hi' }]);
    expect(call.schemaIssues).toEqual([]);
  });

  it('replaces fields of the wrong type with their empty value and reports them', () => {
    const call = parseCall({
      ...booked,
      status: 3,
      messages: 'oops',
      duration_seconds: '12',
      metadata: [],
    });
    expect(call.status).toBe(callFieldFallbacks.status);
    expect(call.messages).toEqual([]);
    expect(call.duration_seconds).toBeNull();
    expect(call.metadata).toEqual({});
    expect(call.schemaIssues).toEqual([
      'status: expected a string, received number',
      'duration_seconds: expected a number or null, received string',
      'messages: expected an array, received string',
      'metadata: expected an object, received array',
    ]);
  });

  it('fills fields that are missing entirely', () => {
    const call = parseCall({ id: 'call_abc123' });
    expect(call.id).toBe('call_abc123');
    expect(call.messages).toEqual([]);
    expect(call.latency).toBeNull();
  });

  it.each([
    ['null', null],
    ['a string', 'a string'],
    ['a number', 42],
    ['an array of calls', [booked]],
    ['an empty object', {}],
    ['an empty id', { id: '' }],
    ['a numeric id', { id: 12 }],
    ['no id', { status: 'completed' }],
  ])('rejects %s as not a call, carrying the raw JSON', (_label, raw) =>
    expectBadResponse(() => parseCall(raw), raw),
  );
});

describe('parseCallPage', () => {
  it('parses items and sets aside those that are not calls', () => {
    const raw = { items: [booked, { nope: true }, 'x'], total: 3, limit: 20, offset: 0 };
    const page = parseCallPage(raw);
    expect(page.items.map((c) => c.id)).toEqual([DEMO_CALL_IDS.booked]);
    expect(page.rejected).toEqual([{ nope: true }, 'x']);
    expect(page.total).toBe(3);
  });
  it('rejects a body without items', () => {
    const raw = { data: [] };
    expectBadResponse(() => parseCallPage(raw), raw);
  });
});

describe('parseAgent and parseConsoleConfig', () => {
  it('reads the agent name, tolerating a missing one', () => {
    expect(parseAgent({ id: 'a1', name: 'Ava' }).name).toBe('Ava');
    expect(parseAgent({ id: 'a1', name: null }).name).toBeNull();
    const noId = { name: 'x' };
    expectBadResponse(() => parseAgent(noId), noId);
  });
  it('defaults the console config to demo mode', () => {
    expect(parseConsoleConfig(null)).toEqual({ mode: 'demo', readOnly: false, user: null });
    expect(parseConsoleConfig({ mode: 'live', readOnly: true, user: 'ana' })).toEqual({
      mode: 'live',
      readOnly: true,
      user: 'ana',
    });
  });
});
