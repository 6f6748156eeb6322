import type { CallResponseJson } from '../api/schema';
import { conversationFor } from './conversation';
import { DEMO_RECORDING_PATH } from './ids';
import { latencyFromEvents } from './latencyGen';
import { uuidFrom, type Random } from './random';
import type { Scenario } from './scenarios';

export const iso = (ms: number) => new Date(ms).toISOString();

/** The order the API lists calls in: newest first (ISO times sort as text). */
export const newestFirst = (a: CallResponseJson, b: CallResponseJson) =>
  (b.created_at ?? '').localeCompare(a.created_at ?? '');

function phone(random: Random): string {
  return `+1${random.int(201, 989)}${random.int(200, 999)}${String(random.int(0, 9999)).padStart(4, '0')}`;
}

interface BaseOptions {
  id: string;
  scenario: Scenario;
  createdAt: number;
  status: string;
  type?: 'web' | 'inbound' | 'outbound';
}

/** A finished (or live) call built from a scenario. Live calls carry no post-call data. */
export function buildCall(random: Random, o: BaseOptions): CallResponseJson {
  const type = o.type ?? random.pick(['web', 'inbound', 'outbound'] as const);
  const direction = type === 'outbound' ? 'outbound' : 'inbound';
  const agentPhone = '+14155550100';
  const caller = phone(random);
  const conv = conversationFor(random, o.scenario);
  const startedAt = o.createdAt + random.int(1_000, 6_000);
  const duration = random.int(45, 420);
  const live = o.status === 'queued' || o.status === 'initiated' || o.status === 'in_progress';
  const ended = !live;
  const failed = o.status === 'failed';
  const recorded = ended && !failed && random.chance(0.8);
  return {
    id: o.id,
    agent_id: o.scenario.agentId,
    type,
    status: o.status,
    from_number: type === 'web' ? null : direction === 'outbound' ? agentPhone : caller,
    to_number: type === 'web' ? null : direction === 'outbound' ? caller : agentPhone,
    room_name: type === 'web' ? `web-${o.id.slice(0, 8)}` : null,
    direction,
    twilio_call_sid: type === 'web' ? null : `CA${uuidFrom(random).replace(/-/g, '').slice(0, 32)}`,
    scheduled_at: type === 'outbound' && random.chance(0.4) ? iso(o.createdAt - 3_600_000) : null,
    variables: {
      customer_name: 'Maria',
      locale: 'en-US',
      campaign: type === 'outbound' ? 'renewals-q4' : null,
    },
    started_at: o.status === 'queued' || failed ? null : iso(startedAt),
    ended_at: ended ? iso(startedAt + (failed ? 0 : duration * 1000)) : null,
    duration_seconds: ended ? (failed ? 0 : duration) : null,
    end_reason: ended
      ? failed
        ? random.pick(['dial_failed', 'no_answer', 'carrier_error'])
        : random.pick([
            'customer_hangup',
            'agent_hangup',
            'silence_timeout',
            'max_duration',
            'api_stop',
          ])
      : null,
    outcome: ended ? (failed ? 'Not Connected' : o.scenario.outcome) : null,
    transcript: ended && !failed ? conv.transcript : null,
    messages: ended && !failed ? conv.messages : [],
    recording_url: recorded ? DEMO_RECORDING_PATH : null,
    ai_summary: ended && !failed ? o.scenario.summary : null,
    analysis:
      ended && !failed
        ? {
            outcome: o.scenario.outcome,
            summary: o.scenario.summary,
            sentiment: o.scenario.sentiment,
            extracted_data: o.scenario.extracted,
          }
        : null,
    latency: ended && !failed ? latencyFromEvents(random, conv.events) : null,
    // Carrier cost only exists for phone calls; about 1.4 cents a minute.
    cost_cents: ended && type !== 'web' ? Math.round((failed ? 0 : duration / 60) * 1.4) : null,
    credits_used: ended ? Math.round((failed ? 0 : duration / 60) * 100) / 100 : null,
    kb_snapshot:
      ended && !failed ? { kb_id: 'kb_faq_v3', documents: 12, version: '2026-11-01' } : null,
    metadata: {
      crm_contact_id: `ct_${random.int(10000, 99999)}`,
      source: random.pick(['website', 'crm', 'api']),
      concurrency_at_dispatch: random.int(1, 14),
    },
    created_at: iso(o.createdAt),
    updated_at: iso(ended ? startedAt + duration * 1000 + 4_000 : o.createdAt),
  };
}
