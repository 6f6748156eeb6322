import type { ReactNode } from 'react';
import type {
  ConversationItem,
  OtherItem,
  SpeechItem,
  ToolItem,
  ToolResult,
} from '../../../lib/conversation/messages';
import { Highlight } from './Highlight';
import { MessageExtras, MessageTimeLabel } from './MessageMeta';

const textBlock = 'text-sm leading-relaxed whitespace-pre-wrap break-words';
// Muted text is slate-600, not slate-500: on the agent, tool and error tints slate-500 falls
// below 4.5:1 (4.26 on indigo-50, 4.45 on the failed-tool tint).
const codeBlock =
  'mt-1 max-h-64 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs whitespace-pre-wrap break-words dark:bg-slate-950/60';

function Speech({ item, query, badge }: { item: SpeechItem; query: string; badge: ReactNode }) {
  const agent = item.role === 'agent';
  return (
    <div className={`flex ${agent ? 'justify-start' : 'justify-end'}`}>
      <div
        className={`max-w-[88%] min-w-0 rounded-lg border px-3 py-2 ${
          agent
            ? 'rounded-tl-sm border-indigo-200 bg-indigo-50 dark:border-indigo-900 dark:bg-indigo-950/50'
            : 'rounded-tr-sm border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-800'
        }`}
      >
        <div className="mb-0.5 flex flex-wrap items-center gap-2">
          <span
            className={`text-xs font-semibold ${agent ? 'text-indigo-800 dark:text-indigo-300' : 'text-slate-700 dark:text-slate-300'}`}
          >
            {agent ? 'Agent' : 'User'}
          </span>
          {item.roleLabel ? (
            <span className="text-xs text-slate-600 dark:text-slate-400">
              (<Highlight text={item.roleLabel} query={query} />)
            </span>
          ) : null}
          <MessageTimeLabel time={item.time} query={query} />
          {badge}
        </div>
        {item.empty ? (
          <p className="text-sm text-slate-600 italic dark:text-slate-400">(no content)</p>
        ) : item.json ? (
          <pre className={codeBlock}>
            <Highlight text={item.text} query={query} />
          </pre>
        ) : (
          <p className={textBlock}>
            <Highlight text={item.text} query={query} />
          </p>
        )}
        <MessageExtras extras={item.extras} query={query} />
      </div>
    </div>
  );
}

function Result({ result, query, label }: { result: ToolResult; query: string; label: string }) {
  return (
    <div
      className={`mt-2 rounded-md border p-2 ${
        result.isError
          ? 'border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/40'
          : 'border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900'
      }`}
    >
      <p
        className={`text-xs font-semibold ${result.isError ? 'text-red-800 dark:text-red-200' : 'text-slate-600 dark:text-slate-300'}`}
      >
        {result.isError ? `⚠ ${label}: error` : label}
      </p>
      {result.text === '' ? (
        <p className="text-xs text-slate-600 italic dark:text-slate-400">(empty)</p>
      ) : (
        <pre className={result.json ? codeBlock : `${textBlock} mt-1 font-mono text-xs`}>
          <Highlight text={result.text} query={query} />
        </pre>
      )}
    </div>
  );
}

function toolFrame(error: boolean) {
  return `rounded-lg border px-3 py-2 ${
    error
      ? 'border-red-300 bg-red-50/50 dark:border-red-800 dark:bg-red-950/20'
      : 'border-amber-200 bg-amber-50/60 dark:border-amber-900/70 dark:bg-amber-950/20'
  }`;
}

function Tool({ item, query }: { item: ToolItem; query: string }) {
  const error = item.results.some((r) => r.isError);
  return (
    <div className={toolFrame(error)}>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="font-semibold text-amber-900 dark:text-amber-200">Tool call</span>
        <code className="font-mono text-xs font-semibold break-all">
          <Highlight text={item.name ?? '(unnamed tool)'} query={query} />
        </code>
        {item.toolCallId ? (
          <span className="font-mono text-[11px] break-all text-slate-600 dark:text-slate-400">
            id {item.toolCallId}
          </span>
        ) : null}
        <MessageTimeLabel time={item.time} query={query} />
      </div>
      {item.args.empty ? (
        <p className="mt-1 text-xs text-slate-600 italic dark:text-slate-400">No arguments.</p>
      ) : (
        <>
          {!item.args.valid ? (
            <p className="mt-1 text-xs text-amber-900 dark:text-amber-200">
              Arguments are not valid JSON; shown as sent.
            </p>
          ) : null}
          <pre className={codeBlock} aria-label="Arguments">
            <Highlight text={item.args.text} query={query} />
          </pre>
        </>
      )}
      {item.results.length === 0 ? (
        <p className="mt-2 text-xs text-slate-600 italic dark:text-slate-400">
          No result was recorded for this call.
        </p>
      ) : (
        item.results.map((r) => <Result key={r.index} result={r} query={query} label="Result" />)
      )}
    </div>
  );
}

function Other({ item, query }: { item: OtherItem; query: string }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 px-3 py-2 dark:border-slate-600">
      <div className="flex flex-wrap items-center gap-2">
        <p className="text-xs font-semibold text-slate-600 dark:text-slate-300">{item.label}</p>
        <MessageTimeLabel time={item.time} query={query} />
      </div>
      {item.json ? (
        <pre className={codeBlock}>
          <Highlight text={item.text} query={query} />
        </pre>
      ) : (
        <p className={textBlock}>
          <Highlight text={item.text} query={query} />
        </p>
      )}
      <MessageExtras extras={item.extras} query={query} />
    </div>
  );
}

/** One conversation item, whatever its shape. */
export function MessageView({
  item,
  query,
  badge,
}: {
  item: ConversationItem;
  query: string;
  badge?: ReactNode;
}) {
  switch (item.kind) {
    case 'speech':
      return <Speech item={item} query={query} badge={badge} />;
    case 'tool':
      return <Tool item={item} query={query} />;
    case 'tool_result':
      return (
        <div className={toolFrame(item.result.isError)}>
          <p className="text-xs text-slate-600 dark:text-slate-300">
            <span className="font-semibold">Tool result without a matching call</span>
            {item.toolCallId ? (
              <span className="ml-2 font-mono text-[11px] break-all">id {item.toolCallId}</span>
            ) : null}
          </p>
          <Result result={item.result} query={query} label="Result" />
        </div>
      );
    case 'other':
      return <Other item={item} query={query} />;
  }
}
