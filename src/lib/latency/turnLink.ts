import { messageSpeaker } from '../roles';

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
 * at the wrong reply, which is worse than none. `status` says which case applies.
 *
 * Speakers are read through the one role table (src/lib/roles.ts), as the conversation reads them.
 */
/** How the turns relate to the conversation; src/lib/latency/linkNote.ts puts it in words. */
export type LinkStatus =
  | { kind: 'none' }
  | { kind: 'no-messages' }
  | { kind: 'linked'; fromZero: boolean; greeting: boolean }
  | { kind: 'too-few-callers'; fromZero: boolean; maxTurn: number; callers: number }
  | { kind: 'turn-0-unplaced' };

export interface TurnLinks {
  /** Index in call.messages of the agent message that answers turn N. */
  agentMessageByTurn: ReadonlyMap<number, number>;
  /** Turn number for an agent message index. */
  turnByMessageIndex: ReadonlyMap<number, number>;
  /** All message indexes belonging to turn N (caller message … agent reply). */
  messagesByTurn: ReadonlyMap<number, readonly number[]>;
  status: LinkStatus;
}

/** What linking needs from a measured turn: its number and the components it has no event for. */
export interface LinkableTurn {
  turn: number;
  missing: readonly string[];
}

function unlinked(status: LinkStatus): TurnLinks {
  return {
    agentMessageByTurn: new Map(),
    turnByMessageIndex: new Map(),
    messagesByTurn: new Map(),
    status,
  };
}

/** A turn with STT or end-of-utterance events heard the caller: only a reply has those. */
function heardTheCaller(turn: LinkableTurn): boolean {
  return !(turn.missing.includes('stt') && turn.missing.includes('eou_delay'));
}

export function linkTurnsToMessages(
  messages: readonly unknown[],
  measured: readonly LinkableTurn[],
): TurnLinks {
  const turns = measured.filter((t) => Number.isInteger(t.turn) && t.turn >= 0);
  if (turns.length === 0) return unlinked({ kind: 'none' });
  if (messages.length === 0) return unlinked({ kind: 'no-messages' });

  const callerIndexes: number[] = [];
  messages.forEach((m, i) => {
    if (messageSpeaker(m) === 'user') callerIndexes.push(i);
  });
  const zero = turns.find((t) => t.turn === 0);
  const fromZero = zero ? heardTheCaller(zero) : false;
  const maxTurn = Math.max(...turns.map((t) => t.turn));
  const needed = fromZero ? maxTurn + 1 : maxTurn;
  if (needed > callerIndexes.length) {
    return unlinked({ kind: 'too-few-callers', fromZero, maxTurn, callers: callerIndexes.length });
  }
  // A measured greeting must have something to be: an agent message before the caller's first.
  const greetingEnd = callerIndexes[0] ?? messages.length;
  const hasGreeting = messages.slice(0, greetingEnd).some((m) => messageSpeaker(m) === 'agent');
  if (zero && !fromZero && !hasGreeting) return unlinked({ kind: 'turn-0-unplaced' });

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
  return {
    agentMessageByTurn,
    turnByMessageIndex,
    messagesByTurn,
    status: { kind: 'linked', fromZero, greeting: zero !== undefined && !fromZero },
  };
}
