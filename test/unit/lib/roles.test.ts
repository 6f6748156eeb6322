import { describe, expect, it } from 'vitest';
import {
  messageSpeaker,
  normaliseRole,
  roleOf,
  speakerOfRole,
  speakerRole,
} from '../../../src/lib/roles';

describe('roles: the one table of who spoke', () => {
  it('normalises labels: trimmed, one space, lower case', () => {
    expect(normaliseRole('  Human\t Agent ')).toBe('human agent');
    expect(normaliseRole('USER')).toBe('user');
  });

  it('maps every agent and user spelling, in any case and spacing', () => {
    for (const label of ['agent', 'Assistant', ' BOT ', 'ai'])
      expect(speakerRole(label)).toBe('agent');
    for (const label of ['user', 'Human', 'customer ', 'CALLER'])
      expect(speakerRole(label)).toBe('user');
  });

  it('knows nothing else, including names inherited from Object', () => {
    for (const label of ['tool', 'system', 'toString', '__proto__', 'constructor', '']) {
      expect(speakerRole(label)).toBeNull();
    }
  });

  it('reads a message’s role only when it is a string on an object', () => {
    expect(roleOf({ role: ' Assistant ' })).toBe('assistant');
    expect(roleOf({ role: 7 })).toBeNull();
    expect(roleOf(['role'])).toBeNull();
    expect(roleOf(null)).toBeNull();
    expect(roleOf('user')).toBeNull();
  });

  it('gives the speaker of speech and null for tool traffic', () => {
    expect(messageSpeaker({ role: 'assistant', content: 'Hi' })).toBe('agent');
    expect(messageSpeaker({ role: 'Customer', content: 'Hello' })).toBe('user');
    expect(messageSpeaker({ role: 'tool_call', name: 'book' })).toBeNull();
    expect(messageSpeaker({ content: 'no role' })).toBeNull();
  });

  it('reads the speaker of a role already normalised, as messageSpeaker would', () => {
    for (const message of [
      { role: ' Assistant ' },
      { role: 'CALLER' },
      { role: 'tool_call' },
      { role: 'toString' },
      { role: 3 },
      null,
    ]) {
      expect(speakerOfRole(roleOf(message))).toBe(messageSpeaker(message));
    }
    expect(speakerOfRole(null)).toBeNull();
    // Only normalised input: the raw label is not trimmed or lower-cased here.
    expect(speakerOfRole(' Assistant ')).toBeNull();
  });
});
