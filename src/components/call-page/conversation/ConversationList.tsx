import {
  measureElement,
  observeElementRect,
  useVirtualizer,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import type { ConversationItem } from '../../../lib/conversation/messages';
import { useHydrated } from '../../shared/useHydrated';
import { MessageView } from './MessageView';

/** Used until the browser measures, and where it cannot (jsdom has no layout). */
const FALLBACK_RECT: Rect = { width: 720, height: 640 };

function estimate(item: ConversationItem | undefined): number {
  if (!item) return 80;
  if (item.kind === 'tool') return 150 + item.results.length * 60;
  if (item.kind === 'speech') return 56 + Math.ceil(item.text.length / 70) * 22;
  return 90;
}

export interface ScrollRequest {
  item: number;
  /** Changes on every request, so asking for the same item twice still scrolls. */
  seq: number;
}

/**
 * The conversation, virtualized: only the visible messages (plus a few) are in the DOM, so a
 * 5,000-message call stays fast. Heights are measured after render.
 */
export function ConversationList({
  items,
  query,
  currentHitItem,
  highlighted,
  scrollRequest,
  turnTarget,
  badgeFor,
  label,
}: {
  items: ConversationItem[];
  query: string;
  currentHitItem: number;
  highlighted: ReadonlySet<number>;
  scrollRequest: ScrollRequest | null;
  /** First item of the turn selected in the latency section; scrolled to when it changes. */
  turnTarget: number | null;
  badgeFor: (item: ConversationItem) => ReactNode;
  label: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable per item list: the virtualizer recomputes every item's position (5,000 in a long
  // call) whenever getItemKey changes identity, i.e. on every render with an inline function.
  const getItemKey = useCallback((i: number) => items[i]?.key ?? i, [items]);
  const estimateSize = useCallback((i: number) => estimate(items[i]), [items]);
  // The virtualizer's methods are not memoizable; nothing here relies on React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer: Virtualizer<HTMLDivElement, Element> = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 6,
    gap: 8,
    initialRect: FALLBACK_RECT,
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT)),
    measureElement: (element, entry, instance) => {
      const size = measureElement(element, entry, instance);
      return size > 0 ? size : estimate(items[Number(element.getAttribute('data-index'))]);
    },
  });

  const scrollTo = (item: number) => {
    virtualizer.scrollToIndex(item, { align: 'center' });
    // A turn picked in the latency chart may sit far from the conversation (on a phone,
    // the chart is below it): bring the list into view if none of it is visible.
    const box = scrollRef.current?.getBoundingClientRect();
    if (box && box.height > 0 && (box.bottom < 0 || box.top > window.innerHeight)) {
      scrollRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    }
  };
  const scrollToRef = useRef(scrollTo);
  useEffect(() => {
    scrollToRef.current = scrollTo;
  });

  useEffect(() => {
    if (scrollRequest && scrollRequest.item >= 0) scrollToRef.current(scrollRequest.item);
  }, [scrollRequest]);
  useEffect(() => {
    if (turnTarget !== null && turnTarget >= 0) scrollToRef.current(turnTarget);
  }, [turnTarget]);

  const virtualItems = virtualizer.getVirtualItems();
  // Server HTML (and its hydration) lays the first window out in flow, with no inline style
  // (docs/notes/ssr.md); the virtual layout takes over once hydrated, at the same positions.
  const placed = useHydrated();
  return (
    <div
      ref={scrollRef}
      tabIndex={0}
      role="group"
      aria-label={`${label} (scrollable)`}
      className="max-h-[70vh] min-h-24 overflow-y-auto overscroll-contain rounded-md bg-slate-50 p-2 sm:p-3 dark:bg-slate-950/40"
    >
      <div
        role="list"
        aria-label={label}
        className={placed ? undefined : 'flex flex-col gap-2'}
        style={placed ? { height: virtualizer.getTotalSize(), position: 'relative' } : undefined}
      >
        {virtualItems.map((v) => {
          const item = items[v.index]!;
          const ring =
            v.index === currentHitItem
              ? 'ring-2 ring-indigo-500 dark:ring-indigo-400'
              : highlighted.has(v.index)
                ? 'bg-amber-100/80 shadow-[inset_4px_0_0] shadow-amber-500 dark:bg-amber-900/30 dark:shadow-amber-400'
                : '';
          return (
            <div
              key={v.key}
              role="listitem"
              aria-posinset={v.index + 1}
              aria-setsize={items.length}
              aria-current={highlighted.has(v.index) ? 'true' : undefined}
              data-index={v.index}
              ref={virtualizer.measureElement}
              className={`${placed ? 'absolute top-0 left-0' : ''} w-full rounded-lg p-0.5 ${ring}`}
              style={placed ? { transform: `translateY(${v.start}px)` } : undefined}
            >
              <MessageView item={item} query={query} badge={badgeFor(item)} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
