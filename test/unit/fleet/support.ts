/** Builders for fleet tests: list items as loose as the API allows (only what a test needs). */
export const ev = (turn: number, type: string, ms: number) => ({ turn, type, ms });

/** A complete turn: the four response components, adding up to `total` (the LLM takes the rest). */
export const turn = (n: number, total: number, parts = { eou: 100, stt: 100, tts: 100 }) => [
  ev(n, 'eou_delay', parts.eou),
  ev(n, 'stt', parts.stt),
  ev(n, 'llm_ttft', total - parts.eou - parts.stt - parts.tts),
  ev(n, 'tts_ttfb', parts.tts),
];

export interface ItemOptions {
  agent?: string;
  type?: string;
  status?: string;
  createdAt?: string;
  load?: unknown;
  providers?: Partial<Record<'stt' | 'llm_ttft' | 'tts_ttfb' | 'eou_delay', string>>;
  latency?: unknown;
}

/** A list item with these events (or `latency` as given). */
export function item(id: string, events: unknown[] | null, o: ItemOptions = {}) {
  let latency: unknown = o.latency;
  if (latency === undefined && events !== null) {
    const l: Record<string, unknown> = { events };
    for (const [key, provider] of Object.entries(o.providers ?? {})) l[key] = { provider };
    latency = l;
  }
  return {
    id,
    agent_id: o.agent ?? 'agt_a',
    type: o.type ?? 'inbound',
    status: o.status ?? 'completed',
    created_at: o.createdAt ?? '2026-11-20T12:00:00Z',
    metadata: o.load === undefined ? {} : { concurrency_at_dispatch: o.load },
    latency: latency ?? null,
  };
}
