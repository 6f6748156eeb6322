/**
 * Links latency turns to conversation messages.
 *
 * Assumption (docs/notes/latency.md): turn N is the agent's reply to the caller's Nth message,
 * counting from the greeting (the greeting itself is turn 0 and has no events). The messages of
 * turn N are the caller's Nth message through the agent reply that answers it, tool traffic
 * included. When the counts do not fit (more turns than caller messages), no link is made at
 * all: a shifted link would point at the wrong reply, which is worse than none.
 * Roles are compared trimmed and lower-cased, as src/lib/messages.ts reads them.
 */
export interface TurnLinks {
  /** Index in call.messages of the agent message that answers turn N. */
  agentMessageByTurn: ReadonlyMap<number, number>;
  /** Turn number for an agent message index. */
  turnByMessageIndex: ReadonlyMap<number, number>;
  /** All message indexes belonging to turn N (caller message … agent reply). */
  messagesByTurn: ReadonlyMap<number, readonly number[]>;
}

export const NO_TURN_LINKS: TurnLinks = {
  agentMessageByTurn: new Map(),
  turnByMessageIndex: new Map(),
  messagesByTurn: new Map(),
};

function roleOf(message: unknown): string | null {
  if (typeof message !== 'object' || message === null) return null;
  const role = (message as { role?: unknown }).role;
  return typeof role === 'string' ? role.trim().toLowerCase() : null;
}

export function linkTurnsToMessages(
  messages: readonly unknown[],
  turns: readonly number[],
): TurnLinks {
  const userIndexes: number[] = [];
  messages.forEach((m, i) => {
    if (roleOf(m) === 'user') userIndexes.push(i);
  });
  const positive = turns.filter((t) => Number.isInteger(t) && t > 0);
  if (positive.length === 0 || Math.max(...positive) > userIndexes.length) return NO_TURN_LINKS;

  const agentMessageByTurn = new Map<number, number>();
  const turnByMessageIndex = new Map<number, number>();
  const messagesByTurn = new Map<number, number[]>();
  for (const turn of new Set(positive)) {
    const start = userIndexes[turn - 1]!;
    const nextUser = userIndexes[turn] ?? messages.length;
    const members: number[] = [];
    let reply: number | null = null;
    for (let i = start; i < nextUser; i++) {
      members.push(i);
      if (reply === null && roleOf(messages[i]) === 'agent') reply = i;
    }
    messagesByTurn.set(turn, members);
    if (reply !== null) {
      agentMessageByTurn.set(turn, reply);
      turnByMessageIndex.set(reply, turn);
    }
  }
  return { agentMessageByTurn, turnByMessageIndex, messagesByTurn };
}
