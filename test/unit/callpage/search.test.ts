import { describe, expect, it } from 'vitest';
import {
  countOccurrences,
  searchItems,
  splitMatches,
  stepHit,
} from '../../../src/lib/conversation/search';

describe('conversation search', () => {
  const items = [
    { searchText: 'parcel parcel' },
    { searchText: 'nothing' },
    { searchText: 'parcel' },
  ];

  it('finds every occurrence, case-insensitively, in item order', () => {
    expect(searchItems(items, ' PARCEL ')).toEqual([
      { item: 0, nth: 0 },
      { item: 0, nth: 1 },
      { item: 2, nth: 0 },
    ]);
    expect(searchItems(items, '')).toEqual([]);
    expect(countOccurrences('aaaa', 'aa')).toBe(2);
  });

  it('steps forward and back with wrap-around', () => {
    expect(stepHit(-1, 3, 1)).toBe(0);
    expect(stepHit(-1, 3, -1)).toBe(2);
    expect(stepHit(2, 3, 1)).toBe(0);
    expect(stepHit(0, 3, -1)).toBe(2);
    expect(stepHit(0, 0, 1)).toBe(-1);
  });

  it('splits text into marked parts, treating regex characters literally', () => {
    expect(splitMatches('a.b A.B', 'a.b')).toEqual([
      { text: 'a.b', match: true },
      { text: ' ', match: false },
      { text: 'A.B', match: true },
    ]);
    expect(splitMatches('abc', '')).toEqual([{ text: 'abc', match: false }]);
    expect(splitMatches('(x)', '(')).toEqual([
      { text: '(', match: true },
      { text: 'x)', match: false },
    ]);
  });
});
