import { describe, expect, it } from 'vitest';
import { createDemoDb, POST_CALL_DELAY_MS } from '../../../src/mocks/db';
import { DEMO_CALL_IDS } from '../../../src/mocks/ids';
import { OFF_HOST_RECORDING_URL, RATE_LIMIT_SECONDS } from '../../../src/mocks/stopAndStatusCalls';

const NOW = Date.parse('2026-11-22T10:00:00Z');

describe('demo calls for loose statuses and stop faults', () => {
  it('has an undocumented live status, other spellings, an ended unknown and an off-host recording', () => {
    const db = createDemoDb({ clock: () => NOW });
    expect(db.getCall(DEMO_CALL_IDS.ringing)).toMatchObject({
      status: 'ringing',
      ended_at: null,
      started_at: null,
    });
    expect(db.getCall(DEMO_CALL_IDS.upperCaseLive)).toMatchObject({
      status: 'IN_PROGRESS',
      ended_at: null,
    });
    expect(db.getCall(DEMO_CALL_IDS.hyphenLive)).toMatchObject({
      status: 'in-progress',
      ended_at: null,
    });
    const voicemail = db.getCall(DEMO_CALL_IDS.voicemail)!;
    expect(voicemail.status).toBe('voicemail');
    expect(voicemail.ended_at).not.toBeNull();
    const offHost = db.getCall(DEMO_CALL_IDS.offHostRecording)!;
    expect(offHost.recording_url).toBe(OFF_HOST_RECORDING_URL);
    expect(new URL(offHost.recording_url!).protocol).toBe('https:');
    // All of them are listed, newest first, like every other call.
    const page = db.listCalls({ limit: 100, offset: 0 });
    const created = page.items.map((c) => c.created_at);
    expect([...created].sort().reverse()).toEqual(created);
    for (const id of [DEMO_CALL_IDS.ringing, DEMO_CALL_IDS.voicemail]) {
      expect(page.items.some((c) => c.id === id)).toBe(true);
    }
  });

  it('advances an IN_PROGRESS call like any call in progress', () => {
    const db = createDemoDb({ clock: () => NOW });
    db.getCall(DEMO_CALL_IDS.upperCaseLive);
    expect(db.getCall(DEMO_CALL_IDS.upperCaseLive)!.latency).not.toBeNull();
    expect(db.stopCall(DEMO_CALL_IDS.upperCaseLive)).toMatchObject({
      status: 'completed',
      end_reason: 'api_stop',
    });
  });

  it.each([
    [DEMO_CALL_IDS.stopAnswerCut, { kind: 'cut' }],
    [DEMO_CALL_IDS.stopAnswerBadGateway, { kind: 'text', status: 502, contentType: 'text/html' }],
  ])('applies the stop, then loses its answer (%s)', (id, answer) => {
    let now = NOW;
    const db = createDemoDb({ clock: () => now });
    expect(db.answerStop(id)).toMatchObject(answer);
    expect(db.getCall(id)).toMatchObject({ status: 'completed', end_reason: 'api_stop' });
    now += POST_CALL_DELAY_MS;
    expect(db.getCall(id)!.ai_summary).toMatch(/Call stopped from the console/);
  });

  it('answers 409 as the caller hangs up', () => {
    const db = createDemoDb({ clock: () => NOW });
    expect(db.answerStop(DEMO_CALL_IDS.stopConflict)).toEqual({
      kind: 'error',
      status: 409,
      body: { detail: 'Call already ended' },
    });
    expect(db.getCall(DEMO_CALL_IDS.stopConflict)).toMatchObject({
      status: 'completed',
      end_reason: 'customer_hangup',
    });
  });

  it('answers 429 with Retry-After until it has passed, then stops the call', () => {
    let now = NOW;
    const db = createDemoDb({ clock: () => now });
    const id = DEMO_CALL_IDS.stopRateLimited;
    expect(db.answerStop(id)).toMatchObject({
      status: 429,
      headers: { 'Retry-After': String(RATE_LIMIT_SECONDS) },
    });
    now += 5_000;
    expect(db.answerStop(id)).toMatchObject({
      status: 429,
      headers: { 'Retry-After': String(RATE_LIMIT_SECONDS - 5) },
    });
    expect(db.getCall(id)!.status).toBe('in_progress');
    now += (RATE_LIMIT_SECONDS - 5) * 1000;
    expect(db.answerStop(id)).toMatchObject({ kind: 'call', call: { status: 'completed' } });
  });

  it('answers an ordinary call with the call, and an unknown id with nothing', () => {
    const db = createDemoDb({ clock: () => NOW });
    expect(db.answerStop(DEMO_CALL_IDS.live)).toMatchObject({
      kind: 'call',
      call: { id: DEMO_CALL_IDS.live, status: 'completed' },
    });
    expect(db.answerStop('5f0c1d2e-3a4b-4c5d-8e6f-0000000000ff')).toBeUndefined();
  });
});
