import { describe, expect, it } from 'vitest';
import {
  callRefetchInterval,
  createCallWatch,
  hasAnyPostCallData,
  hasPostCallData,
  LIVE_POLL_MS,
  pollingPhase,
  POST_CALL_POLL_MS,
  POST_CALL_WAIT_MS,
  SETTLED_AFTER_MS,
  type Observation,
} from '../../../src/api/polling';
import { makeCall, POST_CALL } from './makeCall';

const NOW = Date.parse('2026-11-22T10:05:00Z');
const fresh: Observation = {
  now: NOW,
  updatedAt: NOW,
  terminalSeenAt: null,
  seenLive: false,
  postCallSeenAt: null,
};
/** Seen live, then ended 3 s ago; nothing post-call seen yet. */
const watched: Observation = { ...fresh, terminalSeenAt: NOW - 3_000, seenLive: true };
const endedJustNow = { status: 'completed', ended_at: new Date(NOW - 1_000).toISOString() };
const RECORDING = { recording_url: 'https://recordings.example.com/a.ogg' };

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
    const voicemail = { status: 'voicemail', ended_at: endedJustNow.ended_at };
    expect(pollingPhase(makeCall(voicemail), watched)).toBe('awaiting-post-call');
    expect(pollingPhase(makeCall({ ...voicemail, ...POST_CALL, ...RECORDING }), watched)).toBe(
      'complete',
    );
  });

  it('keeps polling an ended call until a post-call field arrives, then reads once more', () => {
    expect(callRefetchInterval(makeCall(endedJustNow), watched)).toBe(POST_CALL_POLL_MS);
    expect(pollingPhase(makeCall(endedJustNow), watched)).toBe('awaiting-post-call');
    // Any one field is enough: messages, the summary, the analysis or the recording.
    for (const field of [
      { messages: POST_CALL.messages },
      { ai_summary: POST_CALL.ai_summary },
      { analysis: POST_CALL.analysis },
      RECORDING,
    ]) {
      const call = makeCall({ ...endedJustNow, ...field });
      const firstRead = { ...watched, postCallSeenAt: NOW };
      expect(pollingPhase(call, firstRead)).toBe('finishing-post-call');
      expect(callRefetchInterval(call, firstRead)).toBe(POST_CALL_POLL_MS);
      // The next read (a later updatedAt) is the last.
      const nextRead = { ...firstRead, now: NOW + 2_000, updatedAt: NOW + 2_000 };
      expect(pollingPhase(call, nextRead)).toBe('complete');
      expect(callRefetchInterval(call, nextRead)).toBe(false);
    }
  });

  it('stops at once when every post-call field is there', () => {
    expect(
      callRefetchInterval(makeCall({ ...endedJustNow, ...POST_CALL, ...RECORDING }), watched),
    ).toBe(false);
    expect(
      callRefetchInterval(
        makeCall({ ...endedJustNow, ...POST_CALL, ...RECORDING, status: 'failed' }),
        watched,
      ),
    ).toBe(false);
  });

  it('gives up about 30 s after the call was first seen ended', () => {
    const call = makeCall(endedJustNow);
    const at = (ms: number) => ({ ...watched, now: NOW + ms, terminalSeenAt: NOW });
    expect(callRefetchInterval(call, at(POST_CALL_WAIT_MS - 1))).toBe(POST_CALL_POLL_MS);
    expect(pollingPhase(call, at(POST_CALL_WAIT_MS))).toBe('gave-up');
    expect(callRefetchInterval(call, at(POST_CALL_WAIT_MS))).toBe(false);
    // The cap holds for the one more read too.
    const partial = makeCall({ ...endedJustNow, ai_summary: 'x' });
    expect(pollingPhase(partial, { ...at(POST_CALL_WAIT_MS), postCallSeenAt: NOW })).toBe(
      'gave-up',
    );
  });

  it('does not poll a call that ended long before the page saw it', () => {
    const old = makeCall({
      status: 'failed',
      ended_at: new Date(NOW - SETTLED_AFTER_MS - 1).toISOString(),
    });
    expect(pollingPhase(old, fresh)).toBe('settled');
    // ...unless this page watched it live: then a skewed server clock must not cut the wait.
    expect(pollingPhase(old, { ...fresh, terminalSeenAt: NOW, seenLive: true })).toBe(
      'awaiting-post-call',
    );
    // An unreadable ended_at falls back to the 30 s wait.
    expect(pollingPhase(makeCall({ status: 'completed', ended_at: 'yesterday' }), fresh)).toBe(
      'awaiting-post-call',
    );
  });
});

describe('hasPostCallData / hasAnyPostCallData', () => {
  it('accepts a legacy transcript array instead of messages', () => {
    const legacy = makeCall({
      ...POST_CALL,
      ...RECORDING,
      messages: [],
      transcript: [{ role: 'user', content: 'hi' }],
    });
    expect(hasPostCallData(legacy)).toBe(true);
    expect(
      hasPostCallData(makeCall({ ...POST_CALL, ...RECORDING, messages: [], transcript: '  ' })),
    ).toBe(false);
    expect(hasPostCallData(makeCall({ ...POST_CALL, ...RECORDING, analysis: {} }))).toBe(false);
  });

  it('counts the recording as post-call data', () => {
    expect(hasAnyPostCallData(makeCall({ status: 'completed' }))).toBe(false);
    expect(hasAnyPostCallData(makeCall({ status: 'completed', ...RECORDING }))).toBe(true);
    expect(hasPostCallData(makeCall({ status: 'completed', ...POST_CALL }))).toBe(false);
  });
});

describe('createCallWatch', () => {
  it('remembers when a call was first seen ended, per key', () => {
    const watch = createCallWatch<object>();
    const a = {};
    const b = {};
    expect(watch.observe(a, makeCall(), 1_000, 900)).toEqual({
      now: 1_000,
      updatedAt: 900,
      terminalSeenAt: null,
      seenLive: true,
      postCallSeenAt: null,
    });
    expect(watch.observe(a, makeCall({ status: 'completed' }), 2_000, 1_900).terminalSeenAt).toBe(
      2_000,
    );
    expect(watch.observe(a, makeCall({ status: 'completed' }), 9_000, 8_900)).toMatchObject({
      now: 9_000,
      terminalSeenAt: 2_000,
      seenLive: true,
    });
    // Another query (another page, a fresh QueryClient) starts from nothing.
    expect(watch.observe(b, makeCall({ status: 'completed' }), 9_000, 8_900)).toMatchObject({
      now: 9_000,
      terminalSeenAt: 9_000,
      seenLive: false,
    });
  });

  it('remembers the read that first carried post-call data, and judges the next one by it', () => {
    const watch = createCallWatch<object>();
    const key = {};
    const endedFields = { status: 'completed', ended_at: '2026-11-22T10:04:59Z' };
    const ended = makeCall(endedFields);
    const withSummary = makeCall({ ...endedFields, ai_summary: 'Done.' });
    watch.observe(key, makeCall(), 1_000, 1_000);
    expect(watch.observe(key, ended, 3_000, 3_000).postCallSeenAt).toBeNull();
    const first = watch.observe(key, withSummary, 5_000, 5_000);
    expect(first.postCallSeenAt).toBe(5_000);
    expect(pollingPhase(withSummary, first)).toBe('finishing-post-call');
    // Re-observed before the next fetch (a re-render): still one read to go.
    expect(pollingPhase(withSummary, watch.observe(key, withSummary, 6_000, 5_000))).toBe(
      'finishing-post-call',
    );
    const next = watch.observe(key, withSummary, 7_000, 7_000);
    expect(next.postCallSeenAt).toBe(5_000);
    expect(pollingPhase(withSummary, next)).toBe('complete');
  });

  it('restarts the wait if the call shows up live again', () => {
    const watch = createCallWatch<object>();
    const key = {};
    watch.observe(key, makeCall({ status: 'completed' }), 1_000, 1_000);
    watch.observe(key, makeCall({ status: 'in_progress' }), 2_000, 2_000);
    expect(watch.observe(key, makeCall({ status: 'completed' }), 3_000, 3_000).terminalSeenAt).toBe(
      3_000,
    );
  });
});
