import { describe, expect, it } from 'vitest';
import { EMPTY_KEY_LABEL, withVisibleEmptyKeys } from '../../../src/lib/json';

describe('withVisibleEmptyKeys', () => {
  it('returns the same value when no object has an empty key', () => {
    const value = { a: 1, b: [{ c: 2 }] };
    expect(withVisibleEmptyKeys(value)).toBe(value);
  });
  it('shows an empty key under a label, at any depth, keeping every field', () => {
    const shown = withVisibleEmptyKeys({ '4': 'four', a: 1, '': 'empty', deep: [{ '': 0 }] });
    expect(shown).toEqual({
      '4': 'four',
      a: 1,
      [EMPTY_KEY_LABEL]: 'empty',
      deep: [{ [EMPTY_KEY_LABEL]: 0 }],
    });
  });
  it('never overwrites a real key that looks like the label', () => {
    const shown = withVisibleEmptyKeys({ [EMPTY_KEY_LABEL]: 'real', '': 'empty' }) as Record<
      string,
      unknown
    >;
    expect(shown[EMPTY_KEY_LABEL]).toBe('real');
    expect(Object.values(shown)).toEqual(['real', 'empty']);
  });
});
