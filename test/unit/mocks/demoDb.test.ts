import { describe, expect, it } from 'vitest';
import { createDemoDb, POST_CALL_DELAY_MS } from '../../../src/mocks/db';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { generateDemoCalls } from '../../../src/mocks/generator';

const NOW = Date.parse('2026-11-22T10:00:00Z');

describe('demo generator', () => {
  it('is deterministic for a seed', () => {
    expect(generateDemoCalls({ now: NOW })).toEqual(generateDemoCalls({ now: NOW }));
    expect(generateDemoCalls({ now: NOW, seed: 1 })).not.toEqual(generateDemoCalls({ now: NOW }));
  });

  it('covers every status, call type and message role, with enough calls to page', () => {
    const calls = generateDemoCalls({ now: NOW });
    expect(calls.length).toBeGreaterThanOrEqual(60);
    expect(new Set(calls.map((c) => c.status))).toEqual(
      new Set(['queued', 'initiated', 'in_progress', 'completed', 'failed']),
    );
    expect(new Set(calls.map((c) => c.type))).toEqual(new Set(['web', 'inbound', 'outbound']));
    const roles = new Set(
      calls.flatMap((c) => c.messages.map((m) => (m as { role?: string } | null)?.role)),
    );
    for (const role of ['agent', 'user', 'tool_call', 'tool_result']) expect(roles).toContain(role);
    const failedTool = calls
      .flatMap((c) => c.messages)
      .some((m) => (m as { is_error?: boolean } | null)?.is_error === true);
    expect(failedTool).toBe(true);
    const eventTypes = new Set(
      calls.flatMap((c) =>
        ((c.latency?.events as { type: string }[] | undefined) ?? []).map((e) => e.type),
      ),
    );
    expect(eventTypes).toContain('kb');
    expect([...eventTypes].some((t) => t.startsWith('tool:'))).toBe(true);
  });

  it('makes a stress call of about 5,000 messages and 2,000 turns', () => {
    const large = generateDemoCalls({ now: NOW }).find((c) => c.id === DEMO_CALL_IDS.large)!;
    expect(large.messages.length).toBeGreaterThanOrEqual(4900);
    const turns = new Set((large.latency!.events as { turn: number }[]).map((e) => e.turn));
    expect(turns.size).toBe(2000);
  });
});

describe('demo db: a live call evolves like the real API', () => {
  it('grows latency per read, stops, and writes post-call data 2.5 s later', () => {
    let now = NOW;
    const db = createDemoDb({ clock: () => now });
    const first = db.getCall(DEMO_CALL_IDS.live)!;
    const second = db.getCall(DEMO_CALL_IDS.live)!;
    const turnsOf = (c: typeof first) =>
      new Set((c.latency!.events as { turn: number }[]).map((e) => e.turn)).size;
    expect(first.status).toBe('in_progress');
    expect(turnsOf(second)).toBe(turnsOf(first) + 1);
    expect(second.messages).toEqual([]);

    now += 30_000;
    const stopped = db.stopCall(DEMO_CALL_IDS.live)!;
    expect(stopped.status).toBe('completed');
    expect(stopped.end_reason).toBe('api_stop');
    expect(stopped.messages).toEqual([]);
    expect(stopped.ai_summary).toBeNull();

    now += POST_CALL_DELAY_MS - 1;
    expect(db.getCall(DEMO_CALL_IDS.live)!.messages).toEqual([]);
    now += 1;
    const processed = db.getCall(DEMO_CALL_IDS.live)!;
    expect(processed.messages.length).toBeGreaterThan(1);
    expect(processed.ai_summary).toMatch(/Call stopped from the console/);
    expect(processed.analysis).not.toBeNull();
  });

  it('treats stopping an ended call as a no-op', () => {
    const db = createDemoDb({ clock: () => NOW });
    const before = db.getCall(DEMO_CALL_IDS.booked)!;
    expect(db.stopCall(DEMO_CALL_IDS.booked)).toEqual(before);
  });

  it('hands out an expired recording link first, then a fresh one', () => {
    const db = createDemoDb({ clock: () => NOW });
    expect(db.getCall(DEMO_CALL_IDS.expiredRecording)!.recording_url).toContain('expired');
    expect(db.getCall(DEMO_CALL_IDS.expiredRecording)!.recording_url).toContain(
      '/demo/recording.ogg?sig=',
    );
  });
});

describe('demo store reset', () => {
  it('brings back the data as generated: a stopped call is live again, its turns unread', () => {
    const db = createDemoDb({ clock: () => NOW });
    const fresh = db.getCall(DEMO_CALL_IDS.live)!;
    const firstCompleted = db.listCalls({ status: 'completed', limit: 1, offset: 0 }).items[0]!;
    db.stopCall(DEMO_CALL_IDS.live);
    // The stopped call is now the first completed one: what leaked into later test files.
    expect(db.listCalls({ status: 'completed', limit: 1, offset: 0 }).items[0]!.id).toBe(
      DEMO_CALL_IDS.live,
    );
    db.reset();
    expect(db.getCall(DEMO_CALL_IDS.live)).toEqual(fresh);
    expect(db.listCalls({ status: 'completed', limit: 1, offset: 0 }).items[0]!.id).toBe(
      firstCompleted.id,
    );
  });
});
