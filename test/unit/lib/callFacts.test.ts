import { describe, expect, it } from 'vitest';
import {
  callDurationSeconds,
  callParties,
  concurrencyAtDispatch,
  partiesLabel,
} from '../../../src/lib/callFacts';
import { makeCall } from '../live/makeCall';

const START = Date.parse('2026-11-22T10:00:00Z');

describe('callDurationSeconds: the one "how long" for the page, the list and the stop dialog', () => {
  const base = { started_at: '2026-11-22T10:00:00Z', ended_at: null, duration_seconds: null };
  it('counts a live call (or a possibly live one) from started_at, never below zero', () => {
    expect(callDurationSeconds({ ...base, status: 'in_progress' }, START + 65_000)).toBe(65);
    expect(callDurationSeconds({ ...base, status: 'ringing' }, START + 60_000)).toBe(60);
    // A server clock ahead of the browser's must not show a negative duration.
    expect(callDurationSeconds({ ...base, status: 'in_progress' }, START - 5_000)).toBe(0);
  });
  it('has nothing to count before the call starts', () => {
    expect(callDurationSeconds({ ...base, status: 'queued', started_at: null }, START)).toBeNull();
  });
  it('uses duration_seconds once ended, else ended − started', () => {
    const ended = { ...base, status: 'completed' };
    expect(callDurationSeconds({ ...ended, duration_seconds: 42 }, START)).toBe(42);
    expect(callDurationSeconds({ ...ended, ended_at: '2026-11-22T10:00:30Z' }, START)).toBe(30);
    expect(callDurationSeconds(ended, START)).toBeNull();
    // An undocumented status with ended_at is ended: it does not tick.
    expect(
      callDurationSeconds(
        { ...base, status: 'voicemail', ended_at: '2026-11-22T10:00:20Z' },
        START + 999_000,
      ),
    ).toBe(20);
  });
});

describe('who is on the call', () => {
  it('names the numbers, or says what the call is instead', () => {
    expect(partiesLabel(makeCall())).toBe('+1 (415) 555-0134 → +1 (628) 555-0199');
    expect(callParties(makeCall())).toEqual({
      from: '+1 (415) 555-0134',
      to: '+1 (628) 555-0199',
    });
    expect(partiesLabel(makeCall({ from_number: null, to_number: null, type: 'web' }))).toBe(
      'Web call',
    );
    expect(partiesLabel(makeCall({ from_number: null, to_number: null }))).toBe('No phone numbers');
    expect(callParties(makeCall({ from_number: null, to_number: null }))).toBeNull();
    expect(partiesLabel(makeCall({ to_number: null }))).toBe('+1 (415) 555-0134 → —');
  });
});

describe('concurrencyAtDispatch', () => {
  it('reads concurrency_at_dispatch defensively', () => {
    expect(concurrencyAtDispatch({ concurrency_at_dispatch: 3 })).toBe(3);
    expect(concurrencyAtDispatch({ concurrency_at_dispatch: '4' })).toBe(4);
    expect(concurrencyAtDispatch({ concurrency_at_dispatch: 'x' })).toBeNull();
    expect(concurrencyAtDispatch({})).toBeNull();
  });
});
