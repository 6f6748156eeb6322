import { isLiveCall, isLiveStatus, LIVE_STATUSES } from './callStatus';
import type { Call } from './schema';

/**
 * The polling rules: every query factory's refetchInterval is one of these functions of its data
 * (src/api/queries.ts), and the live panel reads the same phases to say what the page is doing.
 */

/** A live call is refetched this often. */
export const LIVE_POLL_MS = 2_000;
/** After a call ends, its post-call data is awaited at this pace... */
export const POST_CALL_POLL_MS = 2_000;
/** ...for at most this long after the console first saw it ended (the API says 2–3 s). */
export const POST_CALL_WAIT_MS = 30_000;
/**
 * A call the console never saw live and that ended this long ago (by its own ended_at) has
 * settled: its post-call data is not coming, so it is not polled at all. Generous, so a server
 * clock a few minutes off the browser's cannot cut a real wait short.
 */
export const SETTLED_AFTER_MS = 10 * 60_000;

export type PollingPhase =
  /** Live, or an undocumented status without ended_at (possibly live): every LIVE_POLL_MS. */
  | 'live'
  /** Ended; no post-call field has arrived yet; still within the wait. */
  | 'awaiting-post-call'
  /** Ended; a post-call field has arrived: one more read, in case the rest lands with it. */
  | 'finishing-post-call'
  /** Ended; post-call data arrived and was read once more, or everything is there. */
  | 'complete'
  /** Ended; the wait ran out without the post-call data. */
  | 'gave-up'
  /** Ended long before the console saw it; nothing is expected to change. */
  | 'settled'
  /** No data yet (first load, or it failed): the query's own loading/retry rules apply. */
  | 'no-data';

/** What the console knows about a call besides its data, all measured on the browser's clock. */
export interface Observation {
  now: number;
  /** When the data being judged was fetched (the query's dataUpdatedAt). */
  updatedAt: number;
  /** When this page first saw the call ended, or null if it has not yet. */
  terminalSeenAt: number | null;
  /** Whether this page saw the call live before it ended. */
  seenLive: boolean;
  /** The updatedAt of the first read that carried any post-call field, or null. */
  postCallSeenAt: number | null;
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** The API writes these after the call ends, asynchronously (the recording only if the agent
 * records). */
export function postCallParts(call: Call) {
  const transcript = call.transcript;
  return {
    conversation:
      call.messages.length > 0 ||
      hasText(transcript) ||
      (Array.isArray(transcript) && transcript.length > 0),
    summary: hasText(call.ai_summary),
    analysis: call.analysis !== null && Object.keys(call.analysis).length > 0,
    recording: hasText(call.recording_url),
  };
}

/** Whether any post-call field has arrived. One job writes them together, analysis may be off
 * for an agent and not every agent records, so any one of them means the job has run. */
export function hasAnyPostCallData(call: Call): boolean {
  return Object.values(postCallParts(call)).some(Boolean);
}

/** Every post-call field is there: nothing is left to wait for. */
export function hasPostCallData(call: Call): boolean {
  return Object.values(postCallParts(call)).every(Boolean);
}

export function pollingPhase(call: Call | undefined, seen: Observation): PollingPhase {
  if (!call) return 'no-data';
  if (isLiveCall(call)) return 'live';
  if (hasPostCallData(call)) return 'complete';
  const endedAt = call.ended_at ? Date.parse(call.ended_at) : NaN;
  if (!seen.seenLive && Number.isFinite(endedAt) && seen.now - endedAt > SETTLED_AFTER_MS) {
    return 'settled';
  }
  const arrived = hasAnyPostCallData(call);
  // Read once more after the read that first carried post-call data, then stop.
  if (arrived && seen.postCallSeenAt !== null && seen.updatedAt > seen.postCallSeenAt) {
    return 'complete';
  }
  const since = seen.terminalSeenAt ?? seen.now;
  if (seen.now - since >= POST_CALL_WAIT_MS) return 'gave-up';
  return arrived ? 'finishing-post-call' : 'awaiting-post-call';
}

/** The refetchInterval for a call: a function of its data and of when it was seen to end. */
export function callRefetchInterval(call: Call | undefined, seen: Observation): number | false {
  const phase = pollingPhase(call, seen);
  if (phase === 'live') return LIVE_POLL_MS;
  if (phase === 'awaiting-post-call' || phase === 'finishing-post-call') return POST_CALL_POLL_MS;
  return false;
}

/**
 * Remembers, per query (or any object standing for one call on one page), when its call was first
 * seen ended, whether it was seen live before, and which read first carried post-call data. Keyed
 * weakly, so a query that is garbage collected takes its memory with it and a fresh QueryClient
 * starts fresh.
 */
export function createCallWatch<K extends object>() {
  const seen = new WeakMap<
    K,
    { terminalSeenAt: number | null; seenLive: boolean; postCallSeenAt: number | null }
  >();
  return {
    /** Records what `call` (fetched at `updatedAt`) shows at `now`; returns what to decide with. */
    observe(key: K, call: Call | undefined, now: number, updatedAt: number): Observation {
      let entry = seen.get(key);
      if (!entry) {
        entry = { terminalSeenAt: null, seenLive: false, postCallSeenAt: null };
        seen.set(key, entry);
      }
      if (call && isLiveCall(call)) {
        // A call seen live again (a stale read after a stop) restarts the wait when it ends.
        entry.seenLive = true;
        entry.terminalSeenAt = null;
        entry.postCallSeenAt = null;
      } else if (call) {
        entry.terminalSeenAt ??= now;
        if (entry.postCallSeenAt === null && hasAnyPostCallData(call)) {
          entry.postCallSeenAt = updatedAt;
        }
      }
      return { now, updatedAt, ...entry };
    },
  };
}

/** The one watch the app's call queries share (see callQueries.detail). */
export const callWatch = createCallWatch<object>();

/** How often a list page that holds live calls refreshes (the live-calls section included). */
export const LIVE_LIST_POLL_MS = 5_000;

/**
 * A live or possibly live call whose status is not spelled exactly as documented (`ringing`,
 * `IN_PROGRESS`). The live section asks the API once per documented live status, and nothing says
 * the API's filter would match another spelling, so such a call can only be found on a page of the
 * list: the live section takes it from there, and that page is polled while it holds one.
 */
export function isUnlistedLive(call: Call): boolean {
  return isLiveCall(call) && !(LIVE_STATUSES as readonly string[]).includes(call.status);
}

/**
 * The refetchInterval of a list page: a page of one live status changes by the second, and so
 * does a page holding a possibly live call that no per-status query can find (isUnlistedLive).
 * Other pages refresh when the window regains focus (React Query's default once stale).
 */
export function listRefetchInterval(
  status: string | undefined,
  calls: readonly Call[] | undefined,
) {
  return (status && isLiveStatus(status)) || calls?.some(isUnlistedLive)
    ? LIVE_LIST_POLL_MS
    : false;
}
