import { DEFAULT_FLEET_LIMIT, FLEET_LIMITS, type FleetLimit } from './query';

/**
 * The /latency view lives in the URL (`/latency?window=1000&agent=agt_1&from=2026-11-20`), so a
 * link shares the exact view. Anything unexpected in a hand-edited URL falls back to the default.
 */
export interface FleetUrlState {
  limit: FleetLimit;
  agentId: string;
  status: string;
  type: string;
  /** Local calendar days, YYYY-MM-DD, both included; '' when open. */
  from: string;
  to: string;
}

export const DEFAULT_FLEET_URL_STATE: FleetUrlState = {
  limit: DEFAULT_FLEET_LIMIT,
  agentId: '',
  status: '',
  type: '',
  from: '',
  to: '',
};

export const FLEET_TYPES = ['web', 'outbound', 'inbound'] as const;

const PARAM: Record<keyof FleetUrlState, string> = {
  limit: 'window',
  agentId: 'agent',
  status: 'status',
  type: 'type',
  from: 'from',
  to: 'to',
};

const ID = /^[A-Za-z0-9_-]{1,128}$/;
const WORD = /^[A-Za-z0-9_-]{1,64}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function day(value: string | null): string {
  if (!value) return '';
  const m = DAY.exec(value);
  if (!m) return '';
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // 2026-02-31 is not a day: the Date rolls it over, so it no longer matches.
  return date.getDate() === Number(m[3]) && date.getMonth() === Number(m[2]) - 1 ? value : '';
}

export function readFleetUrlState(params: URLSearchParams): FleetUrlState {
  const limit = FLEET_LIMITS.find((l) => String(l) === params.get(PARAM.limit));
  const agentId = params.get(PARAM.agentId) ?? '';
  const status = (params.get(PARAM.status) ?? '').toLowerCase();
  const type = params.get(PARAM.type) ?? '';
  let from = day(params.get(PARAM.from));
  let to = day(params.get(PARAM.to));
  if (from && to && from > to) [from, to] = [to, from];
  return {
    limit: limit ?? DEFAULT_FLEET_LIMIT,
    agentId: ID.test(agentId) ? agentId : '',
    status: WORD.test(status) ? status : '',
    type: (FLEET_TYPES as readonly string[]).includes(type) ? type : '',
    from,
    to,
  };
}

/** Only what differs from the default is written, so the plain page is plain `/latency`. */
export function writeFleetUrlState(state: FleetUrlState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAM) as (keyof FleetUrlState)[]) {
    if (state[key] !== DEFAULT_FLEET_URL_STATE[key]) params.set(PARAM[key], String(state[key]));
  }
  return params;
}

/** The start of a local calendar day as an instant (ISO, UTC), for the endpoint's `from`/`to`. */
export function localDayStart(value: string, addDays = 0): string {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + addDays).toISOString();
}

/** The local calendar day of an instant, YYYY-MM-DD (for the date inputs' bounds). */
export function localDay(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
