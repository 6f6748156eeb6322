import type { LinkStatus } from './turnLink';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const LINKED =
  'Turn N is the agent’s reply to the caller’s Nth message; selecting a turn highlights it in the conversation.';

/**
 * How the turns relate to the conversation, in words, for the latency section. Kept apart from
 * src/lib/latency/turnLink.ts so the words load with the latency section, not with the page.
 */
export function linkNote(status: LinkStatus): string | null {
  switch (status.kind) {
    case 'none':
      return null;
    case 'no-messages':
      return 'Turns are not linked to the conversation: the call has no messages (the API writes them after a call ends).';
    case 'linked':
      if (status.fromZero) {
        return 'Turns count from 0 in this call (turn 0 has the caller’s speech events), so turn N is the agent’s reply to the caller’s message N + 1; selecting a turn highlights it in the conversation.';
      }
      return status.greeting ? `${LINKED} Turn 0 is the greeting.` : LINKED;
    case 'too-few-callers': {
      const are = status.callers === 1 ? 'is' : 'are';
      const callers = plural(status.callers, 'caller message');
      return status.fromZero
        ? `Turns are not linked to the conversation: turn 0 has the caller’s speech events, so turns seem to count from 0, but turn ${status.maxTurn} would need ${plural(status.maxTurn + 1, 'caller message')} and there ${are} only ${callers}.`
        : `Turns are not linked to the conversation: turn ${status.maxTurn} was measured but there ${are} only ${callers}.`;
    }
    case 'turn-0-unplaced':
      return 'Turns are not linked to the conversation: turn 0 has no caller speech events (STT, end of utterance), yet there is no greeting before the caller’s first message, so the console cannot tell which reply each turn is.';
  }
}
