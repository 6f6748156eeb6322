import { isRecord } from '../json';
import { COMPONENT_KEYS, type ComponentKey } from '../latency/completeness';
import { readComponents } from '../latency/components';
import { orderTypes } from '../latency/segments';
import { readCallLatency, type CallLatencyReading, type CallTurnSummary } from './callLatency';
import { Float64Column, sortedGroups, Uint16Column } from './columns';
import {
  bucketStart,
  countAbove,
  histogram,
  loadRanges,
  medianP95OfSorted,
  roundMs,
  roundShare,
  statsOfSorted,
  timeUnitFor,
} from './figures';
import {
  type AgentRow,
  type CallRowColumns,
  type ComponentRow,
  type FleetMedianP95,
  type FleetResult,
  type InvalidReason,
  type ProviderRow,
  type TimeBucket,
} from './wire';

/** What a result is computed for; none of it changes what is kept, so a cached window serves any. */
export interface FleetView {
  /** The turn target (the call page's setting), for over-target counts and the histogram. */
  targetMs: number;
  /** Minutes east of UTC: daily buckets start at the viewer's midnight. */
  tzOffsetMin: number;
  /** Only calls of this `type`. */
  type: string | null;
  /** Only calls created in [from, to) (epoch ms); calls without a readable date are left out. */
  from: number | null;
  to: number | null;
}

export const DEFAULT_TARGET_MS = 800;
export const DEFAULT_VIEW: FleetView = {
  targetMs: DEFAULT_TARGET_MS,
  tzOffsetMin: 0,
  type: null,
  from: null,
  to: null,
};

/** Output caps: hostile data can hold thousands of tool names, agents or providers. */
export const MAX_COMPONENT_ROWS = 40;
export const MAX_AGENT_ROWS = 50;
export const MAX_PROVIDER_ROWS = 60;
export const SLOWEST_CALLS = 20;
const SAMPLE_IDS = 3;
/** Longer strings are cut (with "…") before they are kept or sent. */
const MAX_TEXT = 200;
/** Distinct type or provider names kept apart; any more share one slot. */
const MAX_NAMES = 4096;

/** The components compared per agent; only the four response components have a provider. */
const AGENT_TYPES: readonly string[] = [...COMPONENT_KEYS, 'kb'];
/** `latency.providers` (seen in the wild) names these components' providers. */
const PROVIDERS_KEY: Readonly<Record<ComponentKey, string | null>> = {
  stt: 'stt',
  llm_ttft: 'llm',
  tts_ttfb: 'tts',
  eou_delay: null,
};

const LOAD_OK = 0;
const LOAD_MISSING = 1;
const LOAD_UNUSABLE = 2;

interface CallEntry {
  id: string;
  agent: number;
  status: string | null;
  type: string | null;
  createdAt: string | null;
  /** NaN when `created_at` is missing or unreadable. */
  createdMs: number;
  load: number;
  loadState: number;
  /** This call's valid events are [ev0, ev1) in the event columns. */
  ev0: number;
  ev1: number;
  /** Its complete turns' totals, sorted ascending, are [tu0, tu1) in the turn column. */
  tu0: number;
  tu1: number;
  summary: CallTurnSummary;
}

export interface FleetAggregator {
  /** Folds one list item (anything at all) into the window; nothing of it is kept but numbers. */
  add: (item: unknown) => void;
  /** The figures for a view. Pure: the kept state is never changed, so it can be called again. */
  result: (view?: FleetView) => FleetResult;
  counts: () => {
    calls: number;
    duplicates: number;
    rejected: number;
    events: number;
    completeTurns: number;
  };
  /** Bytes held: the typed columns' capacity plus an estimate per call. */
  retainedBytes: () => number;
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value;
}

/** Interns names into small integers; past MAX_NAMES every new name shares the last slot. */
class NameTable {
  readonly names: (string | null)[] = [];
  private readonly index = new Map<string | null, number>();
  private refused = false;
  constructor(first: (string | null)[] = []) {
    for (const name of first) this.id(name);
  }
  id(name: string | null): number {
    let i = this.index.get(name);
    if (i === undefined) {
      if (this.names.length >= MAX_NAMES) {
        this.refused = true;
        return MAX_NAMES - 1;
      }
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
    }
    return i;
  }
  /** Whether the slot also holds names that did not fit. */
  overflowed(i: number): boolean {
    return this.refused && i === MAX_NAMES - 1;
  }
}

/** Each response component's provider (COMPONENT_KEYS order): its own `provider`, else the
 * `latency.providers` entry seen in the wild, else null (not reported). */
function providerNames(reading: CallLatencyReading): (string | null)[] {
  const { record } = reading;
  const listed = isRecord(record?.providers) ? record.providers : {};
  return readComponents(record, reading.events.valid).map((c) => {
    if (c.provider) return text(c.provider.trim());
    const key = PROVIDERS_KEY[c.key];
    const fallback = key ? listed[key] : null;
    return typeof fallback === 'string' && fallback.trim() ? text(fallback.trim()) : null;
  });
}

function readLoad(metadata: unknown): { load: number; state: number } {
  const value = isRecord(metadata) ? metadata.concurrency_at_dispatch : undefined;
  if (value === undefined || value === null) return { load: NaN, state: LOAD_MISSING };
  // A count of calls in flight: a whole number from 0 up. Anything else is unusable, not guessed.
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    return { load: value, state: LOAD_OK };
  }
  return { load: NaN, state: LOAD_UNUSABLE };
}

export function createFleetAggregator(): FleetAggregator {
  const calls: CallEntry[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  let rejected = 0;
  const eventMs = new Float64Column();
  const eventType = new Uint16Column();
  const eventProvider = new Uint16Column();
  const turnTotals = new Float64Column();
  const types = new NameTable(AGENT_TYPES as string[]);
  // Slot 0 is "no provider".
  const providers = new NameTable([null]);
  const agents = new NameTable();

  function add(item: unknown): void {
    if (!isRecord(item) || typeof item.id !== 'string' || item.id.trim() === '') {
      rejected += 1;
      return;
    }
    // Offset paging can hand the same call out twice when new calls arrive between pages.
    if (seen.has(item.id)) {
      duplicates += 1;
      return;
    }
    seen.add(item.id);
    const reading = readCallLatency(item.latency);
    const componentProviders = providerNames(reading);
    const ev0 = eventMs.length;
    for (const e of reading.events.valid) {
      const type = types.id(text(e.type));
      eventMs.push(e.ms);
      eventType.push(type);
      // The types table starts with COMPONENT_KEYS, so their ids are their indexes there.
      eventProvider.push(
        type < COMPONENT_KEYS.length ? providers.id(componentProviders[type]!) : 0,
      );
    }
    const tu0 = turnTotals.length;
    const totals = reading.chains.filter((c) => c.complete).map((c) => c.totalMs);
    for (const total of totals.sort((a, b) => a - b)) turnTotals.push(total);
    const createdAt = text(item.created_at);
    const { load, state } = readLoad(item.metadata);
    calls.push({
      id: text(item.id)!,
      agent: agents.id(
        typeof item.agent_id === 'string' && item.agent_id !== '' ? text(item.agent_id) : null,
      ),
      status: text(item.status),
      type: text(item.type),
      createdAt,
      createdMs: createdAt === null ? NaN : Date.parse(createdAt),
      load,
      loadState: state,
      ev0,
      ev1: eventMs.length,
      tu0,
      tu1: turnTotals.length,
      summary: reading.summary,
    });
  }

  function result(view: FleetView = DEFAULT_VIEW): FleetResult {
    const selected = calls.filter((c) => {
      if (view.type !== null && c.type !== view.type) return false;
      if (view.from === null && view.to === null) return true;
      if (!Number.isFinite(c.createdMs)) return false;
      return (
        (view.from === null || c.createdMs >= view.from) &&
        (view.to === null || c.createdMs < view.to)
      );
    });
    const ms = eventMs.view();
    const totals = turnTotals.view();
    const eachEvent = (visit: (call: CallEntry, i: number) => void) => {
      for (const call of selected) for (let i = call.ev0; i < call.ev1; i++) visit(call, i);
    };
    const eachTurn = (visit: (call: CallEntry, total: number) => void) => {
      for (const call of selected)
        for (let i = call.tu0; i < call.tu1; i++) visit(call, totals[i]!);
    };

    const pooledTurns =
      sortedGroups((emit) => eachTurn((_c, t) => emit(0, t))).get(0) ?? new Float64Array(0);
    const agentRows = byAgent(selected, eachEvent, eachTurn, ms);
    return {
      targetMs: view.targetMs,
      tzOffsetMin: view.tzOffsetMin,
      filters: {
        type: view.type,
        from: view.from === null ? null : new Date(view.from).toISOString(),
        to: view.to === null ? null : new Date(view.to).toISOString(),
      },
      calls: callCounts(selected),
      span: span(selected),
      invalid: invalidEvents(selected),
      ...components(eachEvent, ms),
      turns: {
        measured: selected.reduce((n, c) => n + c.summary.measuredTurns, 0),
        incomplete: selected.reduce((n, c) => n + c.summary.incompleteTurns, 0),
        complete: statsOfSorted(pooledTurns),
        overTarget: countAbove(pooledTurns, view.targetMs),
        overTargetShare: pooledTurns.length
          ? roundShare(countAbove(pooledTurns, view.targetMs) / pooledTurns.length)
          : null,
        histogram: histogram(pooledTurns, view.targetMs),
      },
      byAgent: agentRows.rows,
      otherAgents: agentRows.other,
      ...providerRows(eachEvent, ms),
      byLoad: byLoad(selected, eachEvent, eachTurn, ms),
      overTime: overTime(selected, eachTurn, view.tzOffsetMin),
      ...rows(selected, totals, view.targetMs),
    };
  }

  function callCounts(selected: CallEntry[]): FleetResult['calls'] {
    const count = (state: string) => selected.filter((c) => c.summary.latency === state).length;
    return {
      read: calls.length,
      aggregated: selected.length,
      withLatency: count('ok'),
      noLatency: count('none'),
      latencyNotObject: count('not-object'),
      eventsNotList: count('events-not-list'),
      noValidEvents: count('no-events'),
      withInvalidEvents: selected.filter((c) => c.summary.invalidEvents > 0).length,
    };
  }

  function span(selected: CallEntry[]): FleetResult['span'] {
    const range = datedRange(selected);
    return range
      ? { first: new Date(range.first).toISOString(), last: new Date(range.last).toISOString() }
      : { first: null, last: null };
  }

  function invalidEvents(selected: CallEntry[]): FleetResult['invalid'] {
    const reasons = new Map<string, InvalidReason>();
    let events = 0;
    let withAny = 0;
    for (const call of selected) {
      if (call.summary.invalidReasons.length === 0) continue;
      withAny += 1;
      for (const [reason, count] of call.summary.invalidReasons) {
        let entry = reasons.get(reason);
        if (!entry)
          reasons.set(reason, (entry = { reason, events: 0, calls: 0, sampleCallIds: [] }));
        entry.events += count;
        entry.calls += 1;
        events += count;
        if (entry.sampleCallIds.length < SAMPLE_IDS) entry.sampleCallIds.push(call.id);
      }
    }
    return {
      events,
      calls: withAny,
      reasons: [...reasons.values()].sort(
        (a, b) => b.calls - a.calls || a.reason.localeCompare(b.reason),
      ),
    };
  }

  function components(
    eachEvent: (visit: (call: CallEntry, i: number) => void) => void,
    ms: Float64Array,
  ): Pick<FleetResult, 'components' | 'otherTypes'> {
    const groups = sortedGroups((emit) => eachEvent((_c, i) => emit(eventType.at(i), ms[i]!)));
    const ranked = [...groups.entries()]
      .filter(([t]) => types.names[t] !== null && !types.overflowed(t))
      .sort((a, b) => b[1].length - a[1].length);
    const shown = ranked.slice(0, MAX_COMPONENT_ROWS);
    const shownIds = new Set(shown.map(([t]) => t));
    const byName = new Map(shown.map(([t, values]) => [types.names[t]!, values]));
    const rows: ComponentRow[] = orderTypes(byName.keys()).map((type) => ({
      type,
      ...statsOfSorted(byName.get(type)!),
    }));
    const otherIds = [...groups.keys()].filter((t) => !shownIds.has(t));
    if (otherIds.length === 0) return { components: rows, otherTypes: null };
    const other = new Set(otherIds);
    const pooled = sortedGroups((emit) =>
      eachEvent((_c, i) => {
        if (other.has(eventType.at(i))) emit(0, ms[i]!);
      }),
    ).get(0)!;
    // Names past MAX_NAMES share one slot, counted here as one type.
    return {
      components: rows,
      otherTypes: { types: otherIds.length, stats: statsOfSorted(pooled) },
    };
  }

  function byAgent(
    selected: CallEntry[],
    eachEvent: (visit: (call: CallEntry, i: number) => void) => void,
    eachTurn: (visit: (call: CallEntry, total: number) => void) => void,
    ms: Float64Array,
  ): { rows: AgentRow[]; other: FleetResult['otherAgents'] } {
    const callsPerAgent = new Map<number, number>();
    for (const c of selected) callsPerAgent.set(c.agent, (callsPerAgent.get(c.agent) ?? 0) + 1);
    const ranked = [...callsPerAgent].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const shown = ranked.slice(0, MAX_AGENT_ROWS);
    const slot = new Map(shown.map(([agent], i) => [agent, i]));
    const turnGroups = sortedGroups((emit) =>
      eachTurn((c, t) => {
        const s = slot.get(c.agent);
        if (s !== undefined) emit(s, t);
      }),
    );
    const typeSlots = AGENT_TYPES.length;
    const componentGroups = sortedGroups((emit) =>
      eachEvent((c, i) => {
        const s = slot.get(c.agent);
        const t = eventType.at(i);
        if (s !== undefined && t < typeSlots) emit(s * typeSlots + t, ms[i]!);
      }),
    );
    const providerGroups = providerGroupsBy(eachEvent, ms, (c) => slot.get(c.agent));
    const rows = shown.map(([agent, count], s): AgentRow => ({
      agentId: agents.names[agent] ?? null,
      calls: count,
      turns: medianP95(turnGroups.get(s)),
      components: AGENT_TYPES.flatMap((type, t) => {
        const values = componentGroups.get(s * typeSlots + t);
        return values ? [{ type, ...statsOfSorted(values) }] : [];
      }),
      providers: providerGroups.rows(s),
    }));
    const rest = ranked.slice(MAX_AGENT_ROWS);
    return {
      rows,
      other: rest.length
        ? { agents: rest.length, calls: rest.reduce((n, [, k]) => n + k, 0) }
        : null,
    };
  }

  /**
   * Events of the four response components grouped by (owner, component, provider), where the
   * owner is an agent's slot (or 0 for everyone), with how many calls each group pools.
   */
  function providerGroupsBy(
    eachEvent: (visit: (call: CallEntry, i: number) => void) => void,
    ms: Float64Array,
    ownerOf: (call: CallEntry) => number | undefined,
  ) {
    const P = MAX_NAMES;
    const C = COMPONENT_KEYS.length;
    const key = (owner: number, component: number, provider: number) =>
      (owner * C + component) * P + provider;
    const groups = sortedGroups((emit) =>
      eachEvent((c, i) => {
        const owner = ownerOf(c);
        const t = eventType.at(i);
        if (owner !== undefined && t < C) emit(key(owner, t, eventProvider.at(i)), ms[i]!);
      }),
    );
    const callCounts = new Map<number, number>();
    let lastCall: CallEntry | null = null;
    let keysOfCall = new Set<number>();
    eachEvent((c, i) => {
      if (c !== lastCall) {
        lastCall = c;
        keysOfCall = new Set();
      }
      const owner = ownerOf(c);
      const t = eventType.at(i);
      if (owner === undefined || t >= C) return;
      const k = key(owner, t, eventProvider.at(i));
      if (!keysOfCall.has(k)) {
        keysOfCall.add(k);
        callCounts.set(k, (callCounts.get(k) ?? 0) + 1);
      }
    });
    return {
      rows(owner: number, limit = Infinity): ProviderRow[] {
        const found: ProviderRow[] = [];
        for (let t = 0; t < C; t++) {
          const ofType: ProviderRow[] = [];
          for (const [k, values] of groups) {
            if (Math.floor(k / P) !== owner * C + t) continue;
            const provider = k % P;
            ofType.push({
              type: COMPONENT_KEYS[t]!,
              provider: providers.names[provider] ?? null,
              calls: callCounts.get(k) ?? 0,
              ...statsOfSorted(values),
            });
          }
          found.push(...ofType.sort((a, b) => b.count - a.count));
        }
        return found.slice(0, limit);
      },
      size: groups.size,
    };
  }

  function providerRows(
    eachEvent: (visit: (call: CallEntry, i: number) => void) => void,
    ms: Float64Array,
  ): Pick<FleetResult, 'byProvider'> {
    return { byProvider: providerGroupsBy(eachEvent, ms, () => 0).rows(0, MAX_PROVIDER_ROWS) };
  }

  function byLoad(
    selected: CallEntry[],
    eachEvent: (visit: (call: CallEntry, i: number) => void) => void,
    eachTurn: (visit: (call: CallEntry, total: number) => void) => void,
    ms: Float64Array,
  ): FleetResult['byLoad'] {
    const loaded = selected.filter((c) => c.loadState === LOAD_OK);
    const { binned, ranges } = loadRanges(loaded.map((c) => c.load));
    const binOf = (c: CallEntry): number | undefined => {
      if (c.loadState !== LOAD_OK) return undefined;
      let lo = 0;
      let hi = ranges.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (ranges[mid]!.from <= c.load) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const llm = types.id('llm_ttft');
    const turns = sortedGroups((emit) =>
      eachTurn((c, t) => {
        const b = binOf(c);
        if (b !== undefined) emit(b, t);
      }),
    );
    const llmGroups = sortedGroups((emit) =>
      eachEvent((c, i) => {
        const b = binOf(c);
        if (b !== undefined && eventType.at(i) === llm) emit(b, ms[i]!);
      }),
    );
    const callsPerBin = new Array<number>(ranges.length).fill(0);
    for (const c of loaded) callsPerBin[binOf(c)!]! += 1;
    return {
      binned,
      bins: ranges.map((r, b) => ({
        ...r,
        calls: callsPerBin[b]!,
        turns: medianP95(turns.get(b)),
        llmTtft: medianP95(llmGroups.get(b)),
      })),
      withoutLoad: {
        missing: selected.filter((c) => c.loadState === LOAD_MISSING).length,
        unusable: selected.filter((c) => c.loadState === LOAD_UNUSABLE).length,
      },
    };
  }

  function overTime(
    selected: CallEntry[],
    eachTurn: (visit: (call: CallEntry, total: number) => void) => void,
    tzOffsetMin: number,
  ): FleetResult['overTime'] {
    const dated = selected.filter((c) => Number.isFinite(c.createdMs));
    const range = datedRange(dated);
    const unit = timeUnitFor(range ? range.last - range.first : 0);
    const startOf = (c: CallEntry) => bucketStart(c.createdMs, unit, tzOffsetMin);
    const callsPerBucket = new Map<number, number>();
    for (const c of dated) {
      const start = startOf(c);
      callsPerBucket.set(start, (callsPerBucket.get(start) ?? 0) + 1);
    }
    const turns = sortedGroups((emit) =>
      eachTurn((c, t) => {
        if (Number.isFinite(c.createdMs)) emit(startOf(c), t);
      }),
    );
    const buckets: TimeBucket[] = [...callsPerBucket.keys()]
      .sort((a, b) => a - b)
      .map((start) => ({
        start: new Date(start).toISOString(),
        calls: callsPerBucket.get(start)!,
        turns: medianP95(turns.get(start)),
      }));
    return { unit, buckets, undated: selected.length - dated.length };
  }

  function rows(
    selected: CallEntry[],
    totals: Float64Array,
    targetMs: number,
  ): Pick<FleetResult, 'rows' | 'slowest'> {
    const wholeMs = (value: number | null | undefined) => {
      const ms = roundMs(value);
      return ms === null ? null : Math.round(ms);
    };
    const rows: CallRowColumns = {
      id: [],
      agentId: [],
      status: [],
      type: [],
      createdAt: [],
      concurrency: [],
      latency: [],
      completeTurns: [],
      incompleteTurns: [],
      invalidEvents: [],
      medianMs: [],
      p95Ms: [],
      slowestMs: [],
      slowestTurn: [],
      overTarget: [],
      dominant: [],
      dominantShare: [],
    };
    for (const c of selected) {
      const s = c.summary;
      rows.id.push(c.id);
      rows.agentId.push(agents.names[c.agent] ?? null);
      rows.status.push(c.status);
      rows.type.push(c.type);
      rows.createdAt.push(c.createdAt);
      rows.concurrency.push(c.loadState === LOAD_OK ? c.load : null);
      rows.latency.push(s.latency);
      rows.completeTurns.push(s.completeTurns);
      rows.incompleteTurns.push(s.incompleteTurns);
      rows.invalidEvents.push(s.invalidEvents);
      rows.medianMs.push(wholeMs(s.medianMs));
      rows.p95Ms.push(wholeMs(s.p95Ms));
      rows.slowestMs.push(wholeMs(s.slowest?.ms));
      rows.slowestTurn.push(s.slowest?.turn ?? null);
      rows.overTarget.push(countAbove(totals.subarray(c.tu0, c.tu1), targetMs));
      rows.dominant.push(s.dominant?.type ?? null);
      const share = s.dominant?.share ?? null;
      rows.dominantShare.push(share === null ? null : Math.round(share * 100) / 100);
    }
    const slowest = selected
      .map((c, i) => ({ i, p95: c.summary.p95Ms, p50: c.summary.medianMs ?? 0 }))
      .filter((x): x is { i: number; p95: number; p50: number } => x.p95 !== null)
      .sort((a, b) => b.p95 - a.p95 || b.p50 - a.p50 || a.i - b.i)
      .slice(0, SLOWEST_CALLS)
      .map((x) => x.i);
    return { rows, slowest };
  }

  return {
    add,
    result,
    counts: () => ({
      calls: calls.length,
      duplicates,
      rejected,
      events: eventMs.length,
      completeTurns: turnTotals.length,
    }),
    retainedBytes: () =>
      eventMs.bytes +
      eventType.bytes +
      eventProvider.bytes +
      turnTotals.bytes +
      calls.reduce((n, c) => n + 160 + 2 * (c.id.length + (c.createdAt?.length ?? 0)), 0),
  };
}

/** The earliest and latest readable `created_at` (epoch ms), or null when none is readable. */
function datedRange(calls: readonly CallEntry[]): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const c of calls) {
    if (c.createdMs < first) first = c.createdMs;
    if (c.createdMs > last) last = c.createdMs;
  }
  return Number.isFinite(first) ? { first, last } : null;
}

function medianP95(values: Float64Array | undefined): FleetMedianP95 {
  return medianP95OfSorted(values ?? new Float64Array(0));
}
