import { describe, expect, it } from 'vitest';
import { parseCall } from '../../../src/api/parse';
import {
  applyClientFilters,
  looksLikeCallId,
  matchesSearch,
  NONE_VALUE,
  valueOptions,
} from '../../../src/lib/list/callFilters';

const call = (fields: Record<string, unknown>) =>
  parseCall({ id: String(fields.id ?? 'c1'), status: 'completed', ...fields });

const a = call({
  id: 'aaaa-1',
  direction: 'inbound',
  outcome: 'Voicemail',
  end_reason: 'no_answer',
  from_number: '+14155550100',
  to_number: '+14155550199',
});
const b = call({
  id: 'bbbb-2',
  direction: 'outbound',
  outcome: 'Appointment Booked',
  end_reason: 'agent_hangup',
  from_number: '+442071234567',
  to_number: '+14155550123',
});
const live = call({
  id: 'cccc-3',
  status: 'in_progress',
  direction: 'inbound',
  room_name: 'web-xyz',
});
const none = { outcome: '', endReason: '', direction: '', q: '' };

describe('page-only call filters', () => {
  it('filter by outcome, end reason and direction', () => {
    expect(applyClientFilters([a, b, live], { ...none, outcome: 'Voicemail' })).toEqual([a]);
    expect(applyClientFilters([a, b, live], { ...none, endReason: 'agent_hangup' })).toEqual([b]);
    expect(applyClientFilters([a, b, live], { ...none, direction: 'inbound' })).toEqual([a, live]);
    expect(applyClientFilters([a, b, live], { ...none, outcome: NONE_VALUE })).toEqual([live]);
    expect(applyClientFilters([a, b, live], none)).toEqual([a, b, live]);
  });

  it('finds numbers whatever the formatting', () => {
    expect(matchesSearch(a, '415 555-0100')).toBe(true);
    expect(matchesSearch(a, '(415) 5550100')).toBe(true);
    expect(matchesSearch(a, '0199')).toBe(true);
    expect(matchesSearch(a, '999')).toBe(false);
    expect(matchesSearch(b, '+44 20 7123')).toBe(true);
  });

  it('matches ids and room names when the query is not a number', () => {
    expect(matchesSearch(b, 'BBBB')).toBe(true);
    expect(matchesSearch(live, 'web-x')).toBe(true);
    expect(matchesSearch(a, 'web-x')).toBe(false);
    expect(matchesSearch(live, '   ')).toBe(true);
  });

  it('offers the values on the page, the current selection, and "none" when needed', () => {
    expect(valueOptions([a, b], 'outcome')).toEqual(['Appointment Booked', 'Voicemail']);
    expect(valueOptions([a, b, live], 'outcome')).toEqual([
      'Appointment Booked',
      'Voicemail',
      NONE_VALUE,
    ]);
    expect(valueOptions([a], 'end_reason', 'max_duration')).toEqual(['max_duration', 'no_answer']);
  });
});

describe('looksLikeCallId', () => {
  it('recognises UUIDs and call_ ids, not numbers or words', () => {
    expect(looksLikeCallId(' 5f0c1d2e-3a4b-4c5d-8e6f-000000000001 ')).toBe(true);
    expect(looksLikeCallId('call_abc123')).toBe(true);
    expect(looksLikeCallId('415 555 0100')).toBe(false);
    expect(looksLikeCallId('5f0c1d2e')).toBe(false);
  });
});
