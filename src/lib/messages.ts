import { isRecord, prettyJsonText, toJsonText } from './json';

/**
 * Normalises `call.messages` (typed `any[]` by the API) into items the conversation can render.
 *
 * Rules, all from API-NOTES:
 * - `{role: "agent"|"user", content}` is speech.
 * - `{role: "tool_call", name, arguments, tool_call_id}` becomes a tool item; every
 *   `{role: "tool_result", tool_call_id, …}` with the same id is joined to it, wherever it sits.
 * - A result whose id matches no call stays where it is, as an orphan. A call without a result
 *   is shown without one.
 * - Anything else (unknown role, null, a string, a number, an object without a role) is kept as
 *   an "other" item with readable text or JSON. Nothing is dropped.
 *
 * Every item keeps the positions it came from in the raw array (`indexes`), because latency turns
 * are linked to raw message positions (src/lib/turnLink.ts).
 */

export type SpeakerRole = 'agent' | 'user';

interface ItemBase {
  /** Stable React key. */
  key: string;
  /** Raw positions in call.messages this item shows; empty for items built from a transcript. */
  indexes: number[];
  /** Everything the item shows, lower-cased, for search. */
  searchText: string;
}

export interface SpeechItem extends ItemBase {
  kind: 'speech';
  role: SpeakerRole;
  text: string;
  /** The content was not plain text (nested parts, an object) and is shown as JSON. */
  json: boolean;
  /** Content was null or empty. */
  empty: boolean;
}

export interface ToolResult {
  index: number;
  text: string;
  json: boolean;
  isError: boolean;
}

export interface ToolItem extends ItemBase {
  kind: 'tool';
  name: string | null;
  toolCallId: string | null;
  args: { text: string; valid: boolean; empty: boolean };
  results: ToolResult[];
}

export interface OrphanResultItem extends ItemBase {
  kind: 'tool_result';
  toolCallId: string | null;
  result: ToolResult;
}

export interface OtherItem extends ItemBase {
  kind: 'other';
  /** What the item is, e.g. `Role "system"`, `Text`, `Number`, `Empty item (null)`. */
  label: string;
  text: string;
  json: boolean;
}

export type ConversationItem = SpeechItem | ToolItem | OrphanResultItem | OtherItem;

function roleOf(value: unknown): string | null {
  if (!isRecord(value) || typeof value.role !== 'string') return null;
  return value.role.trim().toLowerCase();
}

function idOf(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * Message content as text. Plain strings stay as they are; content-part arrays whose parts are
 * all text (`[{type: "text", text}]`, newer SDKs) are joined; anything else becomes JSON.
 */
export function contentText(content: unknown): { text: string; json: boolean; empty: boolean } {
  if (content === null || content === undefined) return { text: '', json: false, empty: true };
  if (typeof content === 'string') return { text: content, json: false, empty: content === '' };
  if (typeof content === 'number' || typeof content === 'boolean') {
    return { text: String(content), json: false, empty: false };
  }
  if (Array.isArray(content)) {
    const parts = content.map((part) =>
      typeof part === 'string'
        ? part
        : isRecord(part) && typeof part.text === 'string'
          ? part.text
          : null,
    );
    if (parts.length > 0 && parts.every((p) => p !== null)) {
      const text = parts.join('\n');
      return { text, json: false, empty: text === '' };
    }
  }
  if (isRecord(content) && typeof content.text === 'string' && Object.keys(content).length <= 2) {
    return { text: content.text, json: false, empty: content.text === '' };
  }
  return { text: toJsonText(content), json: true, empty: false };
}

function isErrorFlag(value: unknown): boolean {
  return value === true || value === 'true' || value === 1;
}

function resultOf(message: Record<string, unknown>, index: number): ToolResult {
  const content = message.content;
  let text: string;
  let json: boolean;
  if (typeof content === 'string') {
    const pretty = prettyJsonText(content);
    // Only structured JSON gets the code look; a JSON string literal is still prose.
    json = pretty.valid && /^[[{]/.test(content.trim());
    text = json ? pretty.text : content;
  } else {
    const c = contentText(content);
    text = c.text;
    json = c.json;
  }
  return { index, text, json, isError: isErrorFlag(message.is_error) };
}

function argsOf(value: unknown): ToolItem['args'] {
  if (value === null || value === undefined || value === '') {
    return { text: '', valid: true, empty: true };
  }
  if (typeof value === 'string') {
    const pretty = prettyJsonText(value);
    return { text: pretty.text, valid: pretty.valid, empty: false };
  }
  return { text: toJsonText(value), valid: true, empty: false };
}

function search(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => Boolean(p))
    .join('\n')
    .toLowerCase();
}

function otherItem(value: unknown, index: number): OtherItem {
  const key = `m${index}`;
  if (value === null || value === undefined) {
    const text = value === null ? 'null' : 'undefined';
    return {
      kind: 'other',
      key,
      indexes: [index],
      label: `Empty item (${text})`,
      text,
      json: true,
      searchText: search(text),
    };
  }
  if (typeof value === 'string') {
    return {
      kind: 'other',
      key,
      indexes: [index],
      label: 'Text',
      text: value,
      json: false,
      searchText: search(value),
    };
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    const text = String(value);
    const label =
      typeof value === 'number' ? 'Number' : typeof value === 'boolean' ? 'Boolean' : 'Number';
    return {
      kind: 'other',
      key,
      indexes: [index],
      label,
      text,
      json: true,
      searchText: search(text),
    };
  }
  const role = isRecord(value) && typeof value.role === 'string' ? value.role : null;
  if (role !== null && isRecord(value) && 'content' in value) {
    const rest = Object.keys(value).filter((k) => k !== 'role' && k !== 'content');
    // Role plus content only: show the content as the message; otherwise show everything.
    if (rest.length === 0) {
      const c = contentText(value.content);
      const label = `Role "${role}"`;
      const text = c.empty ? '(no content)' : c.text;
      return {
        kind: 'other',
        key,
        indexes: [index],
        label,
        text,
        json: c.json,
        searchText: search(label, text),
      };
    }
  }
  const label =
    role !== null ? `Role "${role}"` : Array.isArray(value) ? 'Array' : 'Unrecognised item';
  const text = toJsonText(value);
  return {
    kind: 'other',
    key,
    indexes: [index],
    label,
    text,
    json: true,
    searchText: search(label, text),
  };
}

export function normaliseMessages(messages: readonly unknown[]): ConversationItem[] {
  // First tool_call position for each id, so results can be joined wherever they appear.
  const callPositionById = new Map<string, number>();
  messages.forEach((m, i) => {
    if (roleOf(m) !== 'tool_call') return;
    const id = idOf((m as Record<string, unknown>).tool_call_id);
    if (id !== null && !callPositionById.has(id)) callPositionById.set(id, i);
  });

  const resultsByCall = new Map<number, ToolResult[]>();
  const joinedResults = new Set<number>();
  messages.forEach((m, i) => {
    if (roleOf(m) !== 'tool_result') return;
    const id = idOf((m as Record<string, unknown>).tool_call_id);
    const callAt = id === null ? undefined : callPositionById.get(id);
    if (callAt === undefined) return;
    const list = resultsByCall.get(callAt) ?? [];
    list.push(resultOf(m as Record<string, unknown>, i));
    resultsByCall.set(callAt, list);
    joinedResults.add(i);
  });

  const items: ConversationItem[] = [];
  messages.forEach((m, i) => {
    const role = roleOf(m);
    const key = `m${i}`;
    if (role === 'agent' || role === 'user') {
      const c = contentText((m as Record<string, unknown>).content);
      items.push({
        kind: 'speech',
        key,
        indexes: [i],
        role,
        text: c.text,
        json: c.json,
        empty: c.empty,
        searchText: search(c.text),
      });
      return;
    }
    if (role === 'tool_call') {
      const rec = m as Record<string, unknown>;
      const name = typeof rec.name === 'string' && rec.name !== '' ? rec.name : null;
      const args = argsOf(rec.arguments);
      const results = resultsByCall.get(i) ?? [];
      const toolCallId = idOf(rec.tool_call_id);
      items.push({
        kind: 'tool',
        key,
        indexes: [i, ...results.map((r) => r.index)],
        name,
        toolCallId,
        args,
        results,
        searchText: search(name, args.text, ...results.map((r) => r.text)),
      });
      return;
    }
    if (role === 'tool_result') {
      if (joinedResults.has(i)) return;
      const result = resultOf(m as Record<string, unknown>, i);
      items.push({
        kind: 'tool_result',
        key,
        indexes: [i],
        toolCallId: idOf((m as Record<string, unknown>).tool_call_id),
        result,
        searchText: search(result.text),
      });
      return;
    }
    items.push(otherItem(m, i));
  });
  return items;
}

/** Position in `items` of the item that shows raw message `index`, or -1. */
export function itemIndexForMessage(items: readonly ConversationItem[], index: number): number {
  return items.findIndex((item) => item.indexes.includes(index));
}
