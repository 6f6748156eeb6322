import { isRecord, prettyJsonText, toJsonText } from '../json';
import {
  contentText,
  extraFields,
  type ContentText,
  messageText,
  messageTime,
  type ExtraField,
  type MessageTime,
} from './messageFields';
import { roleOf, speakerOfRole, type SpeakerRole } from '../roles';

export type { SpeakerRole } from '../roles';

/**
 * Normalises `call.messages` (typed `any[]` by the API) into items the conversation can render.
 *
 * Rules, from API-NOTES and payloads seen in the wild:
 * - A message whose role is a speaker in the role table (src/lib/roles.ts: agent, assistant, bot,
 *   ai / user, human, customer, caller) is speech. Its text is read from `content`, `text` or
 *   `message` (src/lib/conversation/messageFields.ts); a time field shows beside it and every other key is
 *   kept and shown.
 * - `{role: "tool_call", name, arguments, tool_call_id}` becomes a tool item; every
 *   `{role: "tool_result", tool_call_id, …}` with the same id is joined to it, wherever it sits.
 * - A result whose id matches no call stays where it is, as an orphan. A call without a result
 *   is shown without one.
 * - Anything else (unknown role, null, a string, a number, an object without a role) is kept as
 *   an "other" item with readable text or JSON. Nothing is dropped.
 *
 * Every item keeps the positions it came from in the raw array (`indexes`), because latency turns
 * are linked to raw message positions (src/lib/latency/turnLink.ts).
 */

interface ItemBase {
  /** Stable React key. */
  key: string;
  /** Raw positions in call.messages this item shows; empty for items built from a transcript. */
  indexes: number[];
  /** Everything the item shows, lower-cased, for search. */
  searchText: string;
}

/** What a message object carries besides its text: its time and every other key. */
interface MessageMeta {
  time: MessageTime | null;
  extras: ExtraField[];
}

export interface SpeechItem extends ItemBase, MessageMeta {
  kind: 'speech';
  role: SpeakerRole;
  /** The role or speaker label as sent, when it is not simply "agent" / "user" (e.g. "assistant"). */
  roleLabel: string | null;
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
  time: MessageTime | null;
}

export interface OrphanResultItem extends ItemBase {
  kind: 'tool_result';
  toolCallId: string | null;
  result: ToolResult;
}

export interface OtherItem extends ItemBase, MessageMeta {
  kind: 'other';
  /** What the item is, e.g. `Role "system"`, `Text`, `Number`, `Empty item (null)`. */
  label: string;
  text: string;
  json: boolean;
}

export type ConversationItem = SpeechItem | ToolItem | OrphanResultItem | OtherItem;

/** For items with neither: transcript lines, bare values. */
export const NO_META: MessageMeta = { time: null, extras: [] };

function idOf(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** The time and the keys not shown elsewhere, for a message whose role and text are shown. */
function metaOf(message: Record<string, unknown>, textKey: string | null): MessageMeta {
  const time = messageTime(message);
  const shown = new Set(['role', ...(time?.keys ?? [])]);
  if (textKey !== null) shown.add(textKey);
  return { time, extras: extraFields(message, shown) };
}

function metaSearch(meta: MessageMeta): string[] {
  return [meta.time?.text, ...meta.extras.map((e) => `${e.key} ${e.text}`)].filter(
    (p): p is string => p !== undefined,
  );
}

function isErrorFlag(value: unknown): boolean {
  return value === true || value === 'true' || value === 1;
}

function resultOf(message: Record<string, unknown>, index: number): ToolResult {
  const { key } = messageText(message);
  const content = key === null ? undefined : message[key];
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
  const base = { kind: 'other' as const, key, indexes: [index], ...NO_META };
  if (value === null || value === undefined) {
    const text = value === null ? 'null' : 'undefined';
    return { ...base, label: `Empty item (${text})`, text, json: true, searchText: search(text) };
  }
  if (typeof value === 'string') {
    return { ...base, label: 'Text', text: value, json: false, searchText: search(value) };
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    const text = String(value);
    const label = typeof value === 'boolean' ? 'Boolean' : 'Number';
    return { ...base, label, text, json: true, searchText: search(text) };
  }
  const role = isRecord(value) && typeof value.role === 'string' ? value.role : null;
  if (role !== null && isRecord(value)) {
    // A role the table does not know, with text: the text as the message, the rest beside it.
    const c = messageText(value);
    if (c.key !== null) {
      const label = `Role "${role}"`;
      const text = c.empty ? '(no content)' : c.text;
      const meta = metaOf(value, c.key);
      return {
        ...base,
        ...meta,
        label,
        text,
        json: c.json,
        searchText: search(label, text, ...metaSearch(meta)),
      };
    }
  }
  const label =
    role !== null ? `Role "${role}"` : Array.isArray(value) ? 'Array' : 'Unrecognised item';
  const text = toJsonText(value);
  return { ...base, label, text, json: true, searchText: search(label, text) };
}

/**
 * A speech message. A call can hold thousands and only a screenful is drawn, so its time (Intl
 * formatting), its other keys and its search text are worked out when first read, not for
 * every message before the first screen (on the server too). Getters on the class, not
 * closures per message: measured, a closure each cost more in garbage collection than it saved.
 */
class Speech implements SpeechItem {
  readonly kind = 'speech';
  readonly key: string;
  readonly indexes: number[];
  readonly roleLabel: string | null;
  readonly text: string;
  readonly json: boolean;
  readonly empty: boolean;
  #meta: MessageMeta | undefined;
  #searchText: string | undefined;

  constructor(
    private readonly message: Record<string, unknown>,
    private readonly textKey: string | null,
    readonly role: SpeakerRole,
    /** The message's role as sent, normalised (roleOf). */
    sentRole: string,
    index: number,
    content: ContentText,
  ) {
    const sent = typeof message.role === 'string' ? message.role.trim() : '';
    this.key = `m${index}`;
    this.indexes = [index];
    this.roleLabel = sentRole === role ? null : sent;
    this.text = content.text;
    this.json = content.json;
    this.empty = content.empty;
  }

  #metaNow(): MessageMeta {
    return (this.#meta ??= metaOf(this.message, this.textKey));
  }
  get time(): MessageTime | null {
    return this.#metaNow().time;
  }
  get extras(): ExtraField[] {
    return this.#metaNow().extras;
  }
  get searchText(): string {
    return (this.#searchText ??= search(this.text, ...metaSearch(this.#metaNow())));
  }
}

function speechItem(
  message: Record<string, unknown>,
  role: SpeakerRole,
  sentRole: string,
  index: number,
): SpeechItem {
  const c = messageText(message);
  return new Speech(message, c.key, role, sentRole, index, c);
}

export function normaliseMessages(messages: readonly unknown[]): ConversationItem[] {
  // Each role normalised once: the passes below read it three times per message (5,000 in a
  // long call), and normalising is a trim, a regex and a lower-casing.
  const roles = messages.map(roleOf);
  // First tool_call position for each id, so results can be joined wherever they appear.
  const callPositionById = new Map<string, number>();
  messages.forEach((m, i) => {
    if (roles[i] !== 'tool_call') return;
    const id = idOf((m as Record<string, unknown>).tool_call_id);
    if (id !== null && !callPositionById.has(id)) callPositionById.set(id, i);
  });

  const resultsByCall = new Map<number, ToolResult[]>();
  const joinedResults = new Set<number>();
  messages.forEach((m, i) => {
    if (roles[i] !== 'tool_result') return;
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
    const role = roles[i] ?? null;
    const key = `m${i}`;
    const speaker = speakerOfRole(role);
    if (speaker !== null && role !== null) {
      items.push(speechItem(m as Record<string, unknown>, speaker, role, i));
      return;
    }
    if (role === 'tool_call') {
      const rec = m as Record<string, unknown>;
      const name = typeof rec.name === 'string' && rec.name !== '' ? rec.name : null;
      const args = argsOf(rec.arguments);
      const results = resultsByCall.get(i) ?? [];
      const toolCallId = idOf(rec.tool_call_id);
      const time = messageTime(rec);
      items.push({
        kind: 'tool',
        key,
        indexes: [i, ...results.map((r) => r.index)],
        name,
        toolCallId,
        args,
        results,
        time,
        searchText: search(name, args.text, time?.text, ...results.map((r) => r.text)),
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
