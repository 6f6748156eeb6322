// zod/mini: the same validators with a tree-shakable API, a fraction of the bundle size.
import * as z from 'zod/mini';

/**
 * Runtime schema for CallResponse, following ../shared/seeds (OpenAPI 3.1).
 *
 * The API is untrusted, so validation has two levels:
 * - `id` must be a non-empty string inside an object, or the payload is not a call at all.
 * - every other field is validated against the spec; a field that does not fit, or a required
 *   field that is missing, is replaced by its empty value and reported in `schemaIssues`, so the
 *   page still renders and can show exactly what was off next to the raw JSON.
 * The open objects (messages, analysis, latency, metadata, variables, kb_snapshot) are passed
 * through untouched and normalised later by pure functions in src/lib.
 */

const nullableString = z.nullable(z.string());
const openObject = z.record(z.string(), z.unknown());

export const callFieldSchemas = {
  agent_id: z.string(),
  type: z.string(),
  status: z.string(),
  direction: z.string(),
  from_number: nullableString,
  to_number: nullableString,
  room_name: nullableString,
  twilio_call_sid: nullableString,
  scheduled_at: nullableString,
  started_at: nullableString,
  ended_at: nullableString,
  duration_seconds: z.nullable(z.number()),
  end_reason: nullableString,
  outcome: nullableString,
  // Deprecated: a string today, an array of {role, content} in older responses.
  transcript: z.nullable(z.union([z.string(), z.array(z.unknown())])),
  messages: z.array(z.unknown()),
  recording_url: nullableString,
  ai_summary: nullableString,
  analysis: z.nullable(openObject),
  latency: z.nullable(openObject),
  cost_cents: z.nullable(z.number()),
  credits_used: z.nullable(z.number()),
  kb_snapshot: z.nullable(openObject),
  metadata: openObject,
  variables: openObject,
  created_at: nullableString,
  updated_at: nullableString,
} as const;

/**
 * The fields CallResponse does not list as `required` (seeds/004). Every other field must be
 * present, a nullable one as null; a missing one is a schema issue.
 */
const OPTIONAL_CALL_FIELDS = [
  'twilio_call_sid',
  'outcome',
  'ai_summary',
  'credits_used',
  'kb_snapshot',
] as const;
export const optionalCallFields: ReadonlySet<string> = new Set(OPTIONAL_CALL_FIELDS);

type FieldSchemas = typeof callFieldSchemas;
type CallFields = { [K in keyof FieldSchemas]: z.infer<FieldSchemas[K]> };
type FieldInputs = { -readonly [K in keyof FieldSchemas]: z.input<FieldSchemas[K]> };
type OptionalCallField = (typeof OPTIONAL_CALL_FIELDS)[number];

/**
 * A CallResponse that fits the spec, as it arrives on the wire: the schemas' input types, with
 * the fields the spec does not require optional. The demo data and test fixtures write this,
 * so they cannot drift from what the parser accepts.
 */
export type CallResponseJson = { id: string } & Omit<FieldInputs, OptionalCallField> &
  Partial<Pick<FieldInputs, OptionalCallField>>;

/** What a field becomes when it is missing or does not fit the spec. */
export const callFieldFallbacks: CallFields = {
  agent_id: '',
  type: '',
  status: 'unknown',
  direction: '',
  from_number: null,
  to_number: null,
  room_name: null,
  twilio_call_sid: null,
  scheduled_at: null,
  started_at: null,
  ended_at: null,
  duration_seconds: null,
  end_reason: null,
  outcome: null,
  transcript: null,
  messages: [],
  recording_url: null,
  ai_summary: null,
  analysis: null,
  latency: null,
  cost_cents: null,
  credits_used: null,
  kb_snapshot: null,
  metadata: {},
  variables: {},
  created_at: null,
  updated_at: null,
};

export interface Call extends CallFields {
  id: string;
  /**
   * Fields that did not match the spec, e.g. "status: expected a string, received number", or
   * required ones that were missing, e.g. "agent_id: expected a string, missing (required)".
   */
  schemaIssues: string[];
  /** The payload exactly as received, for the raw JSON view. */
  raw: unknown;
}

export interface CallPage {
  items: Call[];
  total: number | null;
  limit: number | null;
  offset: number | null;
  /** Items that were not calls at all; shown as a count, never silently dropped. */
  rejected: unknown[];
}

export interface Agent {
  id: string;
  name: string | null;
  raw: unknown;
}

export type ConsoleMode = 'demo' | 'live';

export interface ConsoleConfig {
  mode: ConsoleMode;
  readOnly: boolean;
  user: string | null;
}

export const consoleConfigSchema = z.object({
  mode: z.catch(z.enum(['demo', 'live']), 'demo'),
  readOnly: z.catch(z.boolean(), false),
  user: z.catch(z.nullable(z.string()), null),
});
