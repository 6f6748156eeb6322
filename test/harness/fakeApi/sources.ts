/**
 * Where the fake OneInbox API's calls come from. Ids are opaque strings (API-NOTES): no source
 * checks their shape, the API judges them.
 */
import { optionalCallFields } from '../../../src/api/schema.ts';
import { createDemoDb, type DemoDb, type StopAnswer } from '../../../src/mocks/db.ts';

export interface ListQuery {
  status: string | null;
  agentId: string | null;
  limit: number;
  offset: number;
}

/** A stop's answer on the wire (src/mocks/db.ts's StopAnswer, for any payload). */
export type StopReply = Exclude<StopAnswer, { kind: 'call' }> | { kind: 'call'; call: unknown };

export interface CallSource {
  list: (query: ListQuery) => { items: unknown[]; total: number };
  /** Undefined: 404. */
  get: (id: string) => unknown;
  stop: (id: string) => StopReply | undefined;
  agent: (id: string) => unknown;
}

/**
 * The spec lists these fields as not required: the loosest answer leaves them out instead of
 * sending null, so the console is tested against missing fields, not only the demo's nulls.
 */
export function withoutNullOptionals(call: unknown): unknown {
  if (!call || typeof call !== 'object' || Array.isArray(call)) return call;
  return Object.fromEntries(
    Object.entries(call).filter(([key, value]) => !(value === null && optionalCallFields.has(key))),
  );
}

/** The demo data set, live calls evolving and stop faults included (src/mocks/db.ts). */
export function demoSource(db: DemoDb = createDemoDb()): CallSource {
  return {
    list: ({ status, agentId, limit, offset }) => {
      const page = db.listCalls({ status, agentId, limit, offset });
      return { items: page.items.map(withoutNullOptionals), total: page.total };
    },
    get: (id) => {
      const call = db.getCall(id);
      return call && withoutNullOptionals(call);
    },
    stop: (id) => {
      const answer = db.answerStop(id);
      return answer?.kind === 'call'
        ? { kind: 'call', call: withoutNullOptionals(answer.call) }
        : answer;
    },
    agent: (id) => db.getAgent(id),
  };
}

/** The fewest fields a call can have and still be one: an id and a status. */
export const minimalCall = (id: string, status = 'in_progress') => ({
  id,
  status,
  agent_id: 'agent_1',
  messages: [],
});

/**
 * Every id is a call: `make(id, stopped)` builds it (default: minimalCall, `completed` once
 * stopped). The list is empty and agents are unknown. For the server tests and the load test,
 * which ask for ids no demo holds.
 */
export function anyIdSource(
  make: (id: string, stopped: boolean) => unknown = (id, stopped) =>
    minimalCall(id, stopped ? 'completed' : 'in_progress'),
): CallSource {
  return {
    list: () => ({ items: [], total: 0 }),
    get: (id) => make(id, false),
    stop: (id) => ({ kind: 'call', call: make(id, true) }),
    agent: () => undefined,
  };
}
