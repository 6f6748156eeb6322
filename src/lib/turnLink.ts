import { messageSpeaker } from './roles';

/**
 * Links latency turns to conversation messages.
 *
 * Assumption (docs/notes/latency.md): turn N is the agent's reply to the caller's Nth message.
 * The greeting comes before any caller message; if it is measured at all it is turn 0, and it
 * links to the agent's messages before the caller's first one. The messages of turn N are the
 * caller's Nth message through the agent reply that answers it, tool traffic included.
 *
 * Some chains count from 0: their turn 0 answers the caller's first message. Such a turn 0 has
 * the caller's side of a response (STT or end-of-utterance events), which a greeting cannot
 * have, and that is how it is told apart. When the numbering cannot be told, or the counts do
 * not fit (more turns than caller messages), no link is made at all: a shifted link would point
 * at the wrong reply, which is worse than none. `note` says which case applies.
 *
 * Speakers are read through the one role table (src/lib/roles.ts), as the conversation reads them.
 */
export interface TurnLinks {
  /** Index in call.messages of the agent message that answers turn N. */
  agentMessageByTurn: ReadonlyMap<number, number>;
  /** Turn number for an agent message index. */
  turnByMessageIndex: ReadonlyMap<number, number>;
  /** All message indexes belonging to turn N (caller message … agent reply). */
  messagesByTurn: ReadonlyMap<number, readonly number[]>;
  /** How the turns relate to the conversation, in words; null when no turn was measured. */
  note: string | null;
}

/** What linking needs from a measured turn: its number and the types of its events. */
export interface LinkableTurn {
  turn: number;
  segments: readonly { type: string }[];
}

export const NO_TURN_LINKS: TurnLinks = {
  agentMessageByTurn: new Map(),
  turnByMessageIndex: new Map(),
  messagesByTurn: new Map(),
  note: null,
};

/** Events only a reply to the caller has: the caller's speech was heard and transcribed. */
const CALLER_SIDE = new Set(['stt', 'eou_delay']);

const LINKED =
  'Turn N is the agent’s reply to the caller’s Nth message; selecting a turn highlights it in the conversation.';
const LINKED_FROM_ZERO =
  'Turns count from 0 in this call (turn 0 has the caller’s speech events), so turn N is the agent’s reply to the caller’s message N + 1; selecting a turn highlights it in the conversation.';

function unlinked(note: string): TurnLinks {
  return { ...NO_TURN_LINKS, note };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function linkTurnsToMessages(
  messages: readonly unknown[],
  measured: readonly LinkableTurn[],
): TurnLinks {
  const turns = measured.filter((t) => Number.isInteger(t.turn) && t.turn >= 0);
  if (turns.length === 0) return NO_TURN_LINKS;
  if (messages.length === 0) {
    return unlinked(
      'Turns are not linked to the conversation: the call has no messages (the API writes them after a call ends).',
    );
  }

  const callerIndexes: number[] = [];
  messages.forEach((m, i) => {
    if (messageSpeaker(m) === 'user') callerIndexes.push(i);
  });
  const zero = turns.find((t) => t.turn === 0);
  const fromZero = zero?.segments.some((s) => CALLER_SIDE.has(s.type)) ?? false;
  const maxTurn = Math.max(...turns.map((t) => t.turn));
  const needed = fromZero ? maxTurn + 1 : maxTurn;
  const callers = plural(callerIndexes.length, 'caller message');
  const are = callerIndexes.length === 1 ? 'is' : 'are';
  if (needed > callerIndexes.length) {
    return unlinked(
      fromZero
        ? `Turns are not linked to the conversation: turn 0 has the caller’s speech events, so turns seem to count from 0, but turn ${maxTurn} would need ${plural(needed, 'caller message')} and there ${are} only ${callers}.`
        : `Turns are not linked to the conversation: turn ${maxTurn} was measured but there ${are} only ${callers}.`,
    );
  }
  // A measured greeting must have something to be: an agent message before the caller's first.
  const greetingEnd = callerIndexes[0] ?? messages.length;
  const hasGreeting = messages.slice(0, greetingEnd).some((m) => messageSpeaker(m) === 'agent');
  if (zero && !fromZero && !hasGreeting) {
    return unlinked(
      'Turns are not linked to the conversation: turn 0 has no caller speech events (STT, end of utterance), yet there is no greeting before the caller’s first message, so the console cannot tell which reply each turn is.',
    );
  }

  const agentMessageByTurn = new Map<number, number>();
  const turnByMessageIndex = new Map<number, number>();
  const messagesByTurn = new Map<number, number[]>();
  for (const turn of new Set(turns.map((t) => t.turn))) {
    // The span of a turn: from the caller message it answers to just before the next one.
    const caller = fromZero ? turn : turn - 1;
    const start = caller < 0 ? 0 : callerIndexes[caller]!;
    const end = callerIndexes[caller + 1] ?? messages.length;
    const members: number[] = [];
    let reply: number | null = null;
    for (let i = start; i < end; i++) {
      members.push(i);
      if (reply === null && messageSpeaker(messages[i]) === 'agent') reply = i;
    }
    messagesByTurn.set(turn, members);
    if (reply !== null) {
      agentMessageByTurn.set(turn, reply);
      turnByMessageIndex.set(reply, turn);
    }
  }
  const note = fromZero ? LINKED_FROM_ZERO : zero ? `${LINKED} Turn 0 is the greeting.` : LINKED;
  return { agentMessageByTurn, turnByMessageIndex, messagesByTurn, note };
}
