import type * as z from 'zod/mini';
import { ApiError } from './errors';
import {
  callFieldFallbacks,
  callFieldSchemas,
  consoleConfigSchema,
  optionalCallFields,
  type Agent,
  type Call,
  type CallPage,
  type ConsoleConfig,
} from './schema';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function badResponse(message: string, raw: unknown): ApiError {
  return new ApiError({ kind: 'bad_response', status: 200, message, raw });
}

/** Validates one CallResponse. Throws ApiError('bad_response') when it is not a call at all. */
export function parseCall(raw: unknown): Call {
  if (!isRecord(raw)) {
    throw badResponse(`Expected a call object but received ${describe(raw)}.`, raw);
  }
  if (typeof raw.id !== 'string' || raw.id.trim() === '') {
    throw badResponse('The response has no call id, so it is not a call.', raw);
  }
  const issues: string[] = [];
  const fields: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(callFieldSchemas)) {
    const fallback = callFieldFallbacks[key as keyof typeof callFieldFallbacks];
    if (!Object.hasOwn(raw, key) || raw[key] === undefined) {
      fields[key] = fallback;
      if (!optionalCallFields.has(key)) {
        issues.push(`${key}: expected ${expectation(key)}, missing (required)`);
      }
      continue;
    }
    const result = (schema as z.ZodMiniType).safeParse(raw[key]);
    if (result.success) {
      fields[key] = result.data;
    } else {
      fields[key] = fallback;
      issues.push(`${key}: expected ${expectation(key)}, received ${describe(raw[key])}`);
    }
  }
  return {
    ...(fields as Omit<Call, 'id' | 'schemaIssues' | 'raw'>),
    id: raw.id,
    schemaIssues: issues,
    raw,
  };
}

function expectation(key: string): string {
  const fallback = callFieldFallbacks[key as keyof typeof callFieldFallbacks];
  if (Array.isArray(fallback)) return 'an array';
  if (fallback !== null && typeof fallback === 'object') return 'an object';
  if (key === 'transcript') return 'a string, an array or null';
  if (key === 'duration_seconds' || key === 'cost_cents' || key === 'credits_used') {
    return 'a number or null';
  }
  if (key === 'analysis' || key === 'latency' || key === 'kb_snapshot') return 'an object or null';
  return fallback === null ? 'a string or null' : 'a string';
}

function optionalNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Validates `{items, total, limit, offset}`. Items that are not calls are set aside, not thrown. */
export function parseCallPage(raw: unknown): CallPage {
  if (!isRecord(raw) || !Array.isArray(raw.items)) {
    throw badResponse('Expected a page of calls ({items, total, limit, offset}).', raw);
  }
  const items: Call[] = [];
  const rejected: unknown[] = [];
  for (const item of raw.items) {
    try {
      items.push(parseCall(item));
    } catch {
      rejected.push(item);
    }
  }
  return {
    items,
    rejected,
    total: optionalNumber(raw.total),
    limit: optionalNumber(raw.limit),
    offset: optionalNumber(raw.offset),
  };
}

export function parseAgent(raw: unknown): Agent {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') {
    throw badResponse('Expected an agent object with an id.', raw);
  }
  return {
    id: raw.id,
    name: typeof raw.name === 'string' && raw.name.trim() ? raw.name : null,
    raw,
  };
}

export function parseConsoleConfig(raw: unknown): ConsoleConfig {
  return consoleConfigSchema.parse(isRecord(raw) ? raw : {});
}
