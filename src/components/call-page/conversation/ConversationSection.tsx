import { useMemo, useState } from 'react';
import { isLiveCall } from '../../../api/callStatus';
import type { Call } from '../../../api/schema';
import { searchItems, stepHit } from '../../../lib/conversation/search';
import { itemIndexForMessage, type ConversationItem } from '../../../lib/conversation/messages';
import { formatCount } from '../../../lib/format';
import { PostCallNote } from '../PostCallNote';
import { Section } from '../../ui/Section';
import { useTurnSelection } from '../TurnSelectionContext';
import { ConversationList, type ScrollRequest } from './ConversationList';
import { ConversationSearch } from './ConversationSearch';
import { useConversation } from './useConversation';
import { useAfterFirstPaint } from '../useAfterFirstPaint';
import { loadableModule } from '../../../lib/retryableModule';

// A latency feature: badges need turn links, which are worked out after the first paint
// (TurnSelectionProvider), so their code (and the latency completeness rules) loads then too.
// A failed load leaves it null: the conversation then only lacks its badges, and the next call
// opened asks for the code again.
const turnBadge = loadableModule(() => import('./TurnBadge'));

export function ConversationSection({ call }: { call: Call }) {
  const { items, source } = useConversation(call);
  const { selectedTurn, selectTurn, links, turnsByNumber, targetMs } = useTurnSelection();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState(0);
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest | null>(null);
  const [scrolledFor, setScrolledFor] = useState('');
  const Badge = useAfterFirstPaint(turnBadge.load) ? (turnBadge.current?.TurnBadge ?? null) : null;

  // One search per keystroke over all items (thousands in a long call), shared by everything.
  const hits = useMemo(() => searchItems(items, query), [items, query]);
  const current = hits.length > 0 ? Math.min(chosen, hits.length - 1) : -1;
  const currentHit = current >= 0 ? hits[current]! : null;

  const requestScroll = (item: number) =>
    setScrollRequest((prev) => ({ item, seq: (prev?.seq ?? 0) + 1 }));

  // A new query jumps to its first hit (adjusting state while rendering, not in an effect).
  if (query !== scrolledFor) {
    setScrolledFor(query);
    if (hits.length > 0) requestScroll(hits[0]!.item);
  }

  const onQuery = (next: string) => {
    setQuery(next);
    setChosen(0);
  };
  const onStep = (direction: 1 | -1) => {
    const next = stepHit(current, hits.length, direction);
    setChosen(next);
    if (next >= 0) requestScroll(hits[next]!.item);
  };

  // Items belonging to the turn picked in the latency section.
  const highlighted = useMemo(() => {
    const set = new Set<number>();
    if (selectedTurn === null || source !== 'messages') return set;
    for (const index of links.messagesByTurn.get(selectedTurn) ?? []) {
      const at = itemIndexForMessage(items, index);
      if (at >= 0) set.add(at);
    }
    return set;
  }, [items, links, selectedTurn, source]);

  const turnTarget = highlighted.size > 0 ? Math.min(...highlighted) : null;

  const badgeFor = (item: ConversationItem) => {
    if (!Badge || source !== 'messages' || item.kind !== 'speech' || item.role !== 'agent') {
      return null;
    }
    const turn = links.turnByMessageIndex.get(item.indexes[0]!);
    if (turn === undefined) return null;
    const summary = turnsByNumber.get(turn);
    return (
      <Badge
        turn={turn}
        totalMs={summary?.totalMs}
        missing={summary?.missing}
        targetMs={targetMs}
        selected={selectedTurn === turn}
        onSelect={() => selectTurn(selectedTurn === turn ? null : turn)}
      />
    );
  };

  const live = isLiveCall(call);
  const count = source === 'messages' ? call.messages.length : items.length;
  return (
    <Section
      id="conversation"
      title="Conversation"
      actions={
        items.length > 0 ? (
          <span className="text-xs text-slate-500 dark:text-slate-400">
            {formatCount(count)} {source === 'messages' ? 'messages' : 'transcript lines'}
          </span>
        ) : null
      }
    >
      <PostCallNote call={call} what="conversation" />
      {source === 'transcript' ? (
        <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
          This call has no messages, so the transcript is shown as the conversation.
        </p>
      ) : null}
      {items.length > 0 ? (
        <>
          <ConversationSearch
            query={query}
            onQuery={onQuery}
            total={hits.length}
            current={current}
            onStep={onStep}
          />
          <ConversationList
            items={items}
            query={query}
            currentHitItem={currentHit?.item ?? -1}
            highlighted={highlighted}
            scrollRequest={scrollRequest}
            turnTarget={turnTarget}
            badgeFor={badgeFor}
            label="Messages"
          />
        </>
      ) : source === 'loading' ? (
        // A live call has no messages yet either; it says so above (PostCallNote).
        live ? null : (
          <p className="text-sm text-slate-600 dark:text-slate-400">Loading the transcript…</p>
        )
      ) : live ? null : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No messages or transcript for this call.
        </p>
      )}
    </Section>
  );
}
