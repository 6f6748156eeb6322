/** The wire shape of a CallResponse, as the demo generator writes it. */
export interface CallJson {
  id: string;
  agent_id: string;
  type: string;
  status: string;
  from_number: string | null;
  to_number: string | null;
  room_name: string | null;
  direction: string;
  twilio_call_sid: string | null;
  scheduled_at: string | null;
  variables: Record<string, unknown>;
  started_at: string | null;
  ended_at: string | null;
  duration_seconds: number | null;
  end_reason: string | null;
  outcome: string | null;
  transcript: string | unknown[] | null;
  messages: unknown[];
  recording_url: string | null;
  ai_summary: string | null;
  analysis: Record<string, unknown> | null;
  latency: Record<string, unknown> | null;
  cost_cents: number | null;
  credits_used: number | null;
  kb_snapshot: Record<string, unknown> | null;
  metadata: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

export interface LatencyEventJson {
  turn: number;
  type: string;
  ms: number;
}
