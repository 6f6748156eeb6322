import { describe, expect, it } from 'vitest';
import {
  ageLabel,
  elapsedLabel,
  partiesLabel,
  stopOutcome,
} from '../../../src/components/call-page/live/liveFacts';
import { makeCall } from './makeCall';

const START = Date.parse('2026-11-22T10:00:00Z');

describe('elapsedLabel', () => {
  it('counts from started_at, never below zero, and is null before the call starts', () => {
    expect(elapsedLabel(makeCall(), START + 125_000)).toBe('2:05');
    expect(elapsedLabel(makeCall(), START - 5_000)).toBe('0:00');
    expect(elapsedLabel(makeCall({ started_at: null, status: 'queued' }), START)).toBeNull();
  });
});

describe('partiesLabel', () => {
  it('names the numbers, or says there are none', () => {
    expect(partiesLabel(makeCall())).toBe('+1 (415) 555-0134 → +1 (628) 555-0199');
    expect(partiesLabel(makeCall({ from_number: null, to_number: null, type: 'web' }))).toBe(
      'Web call (no phone numbers)',
    );
  });
});

describe('stopOutcome', () => {
  const live = makeCall();
  it('tells a real stop from a no-op on a call that had already ended', () => {
    expect(stopOutcome(live, makeCall({ status: 'completed', end_reason: 'api_stop' }))).toBe(
      'stopped',
    );
    expect(stopOutcome(live, makeCall({ status: 'completed', end_reason: null }))).toBe('stopped');
    expect(stopOutcome(live, makeCall({ status: 'completed', end_reason: 'agent_hangup' }))).toBe(
      'already-ended',
    );
    expect(
      stopOutcome(
        makeCall({ status: 'failed' }),
        makeCall({ status: 'failed', end_reason: 'api_stop' }),
      ),
    ).toBe('already-ended');
  });
  it('reports a stop the API has not acted on yet, whatever the status is called', () => {
    expect(stopOutcome(live, makeCall({ status: 'in_progress' }))).toBe('still-live');
    expect(stopOutcome(live, makeCall({ status: 'IN-PROGRESS' }))).toBe('still-live');
    // An undocumented status is judged by ended_at: without one the call may still be running.
    expect(stopOutcome(live, makeCall({ status: 'stopping' }))).toBe('still-live');
    expect(
      stopOutcome(
        live,
        makeCall({ status: 'stopped', ended_at: '2026-11-22T10:01:00Z', end_reason: 'api_stop' }),
      ),
    ).toBe('stopped');
  });
});

describe('ageLabel', () => {
  it('reads like a person would say it', () => {
    expect(ageLabel(500)).toBe('just now');
    expect(ageLabel(-3_000)).toBe('just now');
    expect(ageLabel(12_400)).toBe('12 s ago');
    expect(ageLabel(185_000)).toBe('3 min ago');
    expect(ageLabel(2 * 3_600_000)).toBe('2 h ago');
  });
});
