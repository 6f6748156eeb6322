import { describe, expect, it } from 'vitest';
import {
  isLiveCall,
  judgeStatus,
  knownStatus,
  normaliseStatus,
  statusLabel,
} from '../../../src/api/callStatus';

const NOW = '2026-11-22T10:05:00Z';

describe('normaliseStatus / knownStatus', () => {
  it('ignores case, surrounding space, hyphens and inner spaces', () => {
    for (const status of [
      'in_progress',
      'IN_PROGRESS',
      'in-progress',
      'In Progress',
      ' in_progress ',
    ]) {
      expect(normaliseStatus(status)).toBe('in_progress');
      expect(knownStatus(status)).toBe('in_progress');
    }
    expect(knownStatus('COMPLETED')).toBe('completed');
    expect(knownStatus('ringing')).toBeNull();
    expect(knownStatus('')).toBeNull();
  });
});

describe('judgeStatus', () => {
  it('judges documented statuses by their meaning, in any spelling', () => {
    expect(judgeStatus({ status: 'IN_PROGRESS', ended_at: null })).toBe('live');
    expect(judgeStatus({ status: 'in-progress', ended_at: null })).toBe('live');
    expect(judgeStatus({ status: 'Queued', ended_at: null })).toBe('live');
    expect(judgeStatus({ status: 'FAILED', ended_at: null })).toBe('ended');
  });

  it('treats an undocumented status as possibly live until the call has an ended_at', () => {
    expect(judgeStatus({ status: 'ringing', ended_at: null })).toBe('unknown-live');
    expect(judgeStatus({ status: 'ringing', ended_at: '  ' })).toBe('unknown-live');
    expect(isLiveCall({ status: 'ringing', ended_at: null })).toBe(true);
    expect(judgeStatus({ status: 'voicemail', ended_at: NOW })).toBe('unknown-ended');
    expect(isLiveCall({ status: 'voicemail', ended_at: NOW })).toBe(false);
  });
});

describe('statusLabel', () => {
  it('words a documented status, and shows any other exactly as sent', () => {
    expect(statusLabel('IN_PROGRESS')).toBe('In progress');
    expect(statusLabel('in-progress')).toBe('In progress');
    expect(statusLabel('completed')).toBe('Completed');
    expect(statusLabel('ringing')).toBe('ringing');
    expect(statusLabel('Voice_Mail')).toBe('Voice_Mail');
  });
});
