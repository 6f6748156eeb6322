import { describe, expect, it } from 'vitest';
import {
  callRefetchInterval,
  createCallWatch,
  hasPostCallData,
  LIVE_POLL_MS,
  pollingPhase,
  POST_CALL_POLL_MS,
  POST_CALL_WAIT_MS,
  SETTLED_AFTER_MS,
  type Observation,
} from '../../../src/lib/polling';
import { makeCall, POST_CALL } from './makeCall';

const NOW = Date.parse('2026-11-22T10:05:00Z');
const fresh: Observation = { now: NOW, terminalSeenAt: null, seenLive: false };
const endedJustNow = { status: 'completed', ended_at: new Date(NOW - 1_000).toISOString() };

describe('callRefetchInterval', () => {
  it('polls every 2 s while the call is queued, initiated or in progress', () => {
    for (const status of ['queued', 'initiated', 'in_progress']) {
      expect(callRefetchInterval(makeCall({ status }), fresh)).toBe(LIVE_POLL_MS);
    }
    expect(LIVE_POLL_MS).toBe(2_000);
  });

  it('reads a live status whatever its case or separator', () => {
    for (const status of ['IN_PROGRESS', 'in-progress', 'In Progress', ' Queued ']) {
      expect(callRefetchInterval(makeCall({ status }), fresh)).toBe(LIVE_POLL_MS);
    }
  });

  it('polls an undocumented status as possibly live until the call has an ended_at', () => {
    expect(callRefetchInterval(undefined, fresh)).toBe(false);
    expect(pollingPhase(makeCall({ status: 'ringing' }), fresh)).toBe('live');
    expect(callRefetchInterval(makeCall({ status: 'ringing' }), fresh)).toBe(LIVE_POLL_MS);
    // With ended_at it is ended: waited on for post-call data like any ended call.
    const voicemail = makeCall({
      status: 'voicemail',
      ended_at: new Date(NOW - 1_000).toISOString(),
    });
    expect(pollingPhase(voicemail, { now: NOW, terminalSeenAt: NOW - 3_000, seenLive: true })).toBe(
      'awaiting-post-call',
    );
  });

  it('keeps polling an ended call until messages, summary and analysis have all arrived', () => {
    const seen = { now: NOW, terminalSeenAt: NOW - 3_000, seenLive: true };
    expect(callRefetchInterval(makeCall(endedJustNow), seen)).toBe(POST_CALL_POLL_MS);
    // Messages alone are not enough: summary and analysis are written too.
    expect(
      callRefetchInterval(makeCall({ ...endedJustNow, messages: POST_CALL.messages }), seen),
    ).toBe(POST_CALL_POLL_MS);
    expect(callRefetchInterval(makeCall({ ...endedJustNow, ...POST_CALL }), seen)).toBe(false);
    expect(
      callRefetchInterval(makeCall({ ...endedJustNow, ...POST_CALL, status: 'failed' }), seen),
    ).toBe(false);
  });

  it('gives up about 30 s after the call was first seen ended', () => {
    const call = makeCall(endedJustNow);
    const at = (ms: number) => ({ now: NOW + ms, terminalSeenAt: NOW, seenLive: true });
    expect(callRefetchInterval(call, at(POST_CALL_WAIT_MS - 1))).toBe(POST_CALL_POLL_MS);
    expect(pollingPhase(call, at(POST_CALL_WAIT_MS))).toBe('gave-up');
    expect(callRefetchInterval(call, at(POST_CALL_WAIT_MS))).toBe(false);
  });

  it('does not poll a call that ended long before the page saw it', () => {
    const old = makeCall({
      status: 'failed',
      ended_at: new Date(NOW - SETTLED_AFTER_MS - 1).toISOString(),
    });
    expect(pollingPhase(old, fresh)).toBe('settled');
    // ...unless this page watched it live: then a skewed server clock must not cut the wait.
    expect(pollingPhase(old, { now: NOW, terminalSeenAt: NOW, seenLive: true })).toBe(
      'awaiting-post-call',
    );
    // An unreadable ended_at falls back to the 30 s wait.
    expect(pollingPhase(makeCall({ status: 'completed', ended_at: 'yesterday' }), fresh)).toBe(
      'awaiting-post-call',
    );
  });
});

describe('hasPostCallData', () => {
  it('accepts a legacy transcript array instead of messages', () => {
    const legacy = makeCall({
      ...POST_CALL,
      messages: [],
      transcript: [{ role: 'user', content: 'hi' }],
    });
    expect(hasPostCallData(legacy)).toBe(true);
    expect(hasPostCallData(makeCall({ ...POST_CALL, messages: [], transcript: '  ' }))).toBe(false);
    expect(hasPostCallData(makeCall({ ...POST_CALL, analysis: {} }))).toBe(false);
  });
});

describe('createCallWatch', () => {
  it('remembers when a call was first seen ended, per key', () => {
    const watch = createCallWatch<object>();
    const a = {};
    const b = {};
    expect(watch.observe(a, makeCall(), 1_000)).toEqual({
      now: 1_000,
      terminalSeenAt: null,
      seenLive: true,
    });
    expect(watch.observe(a, makeCall({ status: 'completed' }), 2_000).terminalSeenAt).toBe(2_000);
    expect(watch.observe(a, makeCall({ status: 'completed' }), 9_000)).toEqual({
      now: 9_000,
      terminalSeenAt: 2_000,
      seenLive: true,
    });
    // Another query (another page, a fresh QueryClient) starts from nothing.
    expect(watch.observe(b, makeCall({ status: 'completed' }), 9_000)).toEqual({
      now: 9_000,
      terminalSeenAt: 9_000,
      seenLive: false,
    });
  });

  it('restarts the wait if the call shows up live again', () => {
    const watch = createCallWatch<object>();
    const key = {};
    watch.observe(key, makeCall({ status: 'completed' }), 1_000);
    watch.observe(key, makeCall({ status: 'in_progress' }), 2_000);
    expect(watch.observe(key, makeCall({ status: 'completed' }), 3_000).terminalSeenAt).toBe(3_000);
  });
});
