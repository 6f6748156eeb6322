import { describe, expect, it } from 'vitest';
import {
  formatAge,
  formatDuration,
  formatEndReason,
  formatPhone,
  formatTypeAndDirection,
  humanize,
} from '../../src/lib/format';

describe('format', () => {
  it('formats durations', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
  });
  it('formats NANP numbers and leaves others alone', () => {
    expect(formatPhone('+14155550100')).toBe('+1 (415) 555-0100');
    expect(formatPhone('+33 1 23 45 67 89')).toBe('+33 1 23 45 67 89');
    expect(formatPhone(null)).toBe('—');
  });
  it('labels statuses and end reasons', () => {
    expect(humanize('in_progress')).toBe('In progress');
    expect(humanize('Appointment Booked')).toBe('Appointment Booked');
    expect(formatEndReason('api_stop')).toBe('Stopped via API');
    expect(formatEndReason('weird_new_reason')).toBe('Weird new reason');
  });
});

describe('formatTypeAndDirection', () => {
  it('says a phone call type once and adds a web call direction', () => {
    expect(formatTypeAndDirection('inbound', 'inbound')).toBe('Inbound');
    expect(formatTypeAndDirection('web', 'inbound')).toBe('Web · Inbound');
    expect(formatTypeAndDirection('outbound', '')).toBe('Outbound');
  });
});

describe('formatAge', () => {
  it('reads like a person would say it', () => {
    expect(formatAge(500)).toBe('just now');
    expect(formatAge(-3_000)).toBe('just now');
    expect(formatAge(12_400)).toBe('12 s ago');
    expect(formatAge(185_000)).toBe('3 min ago');
    expect(formatAge(2 * 3_600_000)).toBe('2 h ago');
  });
});
