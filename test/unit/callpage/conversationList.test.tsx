import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConversationList } from '../../../src/components/call-page/conversation/ConversationList';
import { normaliseMessages, type ConversationItem } from '../../../src/lib/conversation/messages';

/** The item list, counting how often any item is read (the virtualizer reads it per item). */
function countingItems(items: ConversationItem[]) {
  const reads = { count: 0 };
  const proxy = new Proxy(items, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && /^\d+$/.test(prop)) reads.count += 1;
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
  return { proxy, reads };
}

describe('ConversationList', () => {
  it('does not walk all 5,000 items again when it re-renders with the same list', () => {
    const messages = Array.from({ length: 5_000 }, (_, i) => ({
      role: i % 2 ? 'user' : 'agent',
      content: `line ${i}`,
    }));
    const { proxy, reads } = countingItems(normaliseMessages(messages));
    const props = {
      items: proxy,
      query: '',
      currentHitItem: -1,
      highlighted: new Set<number>(),
      scrollRequest: null,
      turnTarget: null,
      badgeFor: () => null,
      label: 'Messages',
    };
    const { rerender, getAllByRole } = render(<ConversationList {...props} />);
    expect(getAllByRole('listitem').length).toBeLessThan(50);
    reads.count = 0;
    // A new search query, a poll, a selected turn: the list re-renders, the items are the same.
    rerender(<ConversationList {...props} query="line" />);
    expect(reads.count).toBeLessThan(500);
  });
});
