import { useMemo } from 'react';
import { isLiveCall } from '../../../api/callStatus';
import type { Call } from '../../../api/schema';
import { normaliseTranscript, transcriptPlainText } from '../../../lib/conversation/transcript';
import { CopyButton } from '../../ui/CopyButton';
import { PostCallNote } from '../PostCallNote';
import { Section } from '../../ui/Section';
import { Disclosure } from '../../ui/Disclosure';
import { useAgentName } from '../../shared/useAgentName';

/** The deprecated `transcript` field, in its own view: a string, or the legacy turn array. */
export function TranscriptSection({ call }: { call: Call }) {
  // Lines labelled with the agent's own name count as the agent once the name is known.
  const agentName = useAgentName(call.agent_id);
  const transcript = useMemo(
    () => normaliseTranscript(call.transcript, agentName),
    [call.transcript, agentName],
  );
  return (
    <Section
      id="transcript"
      title="Transcript"
      // The copied text is built on click: a long call's legacy transcript has thousands of lines.
      actions={
        transcript.kind === 'none' ? null : (
          <CopyButton value={() => transcriptPlainText(transcript)} label="transcript" />
        )
      }
    >
      <PostCallNote call={call} what="transcript" />
      {transcript.kind === 'none' ? (
        isLiveCall(call) ? null : (
          <p className="text-sm text-slate-600 dark:text-slate-400">No transcript for this call.</p>
        )
      ) : (
        // Lines are rendered only while open: a long call's transcript has thousands of them.
        <Disclosure
          defaultOpen={call.messages.length === 0}
          summaryClassName="cursor-pointer text-sm font-medium"
          summary={
            <>
              {transcript.kind === 'turns' ? 'Transcript (legacy format)' : 'Transcript text'} ·{' '}
              {transcript.lines.length} lines
            </>
          }
        >
          {() => (
            <div className="mt-2 max-h-[60vh] space-y-1 overflow-y-auto rounded-md bg-slate-50 p-3 text-sm leading-relaxed dark:bg-slate-950/40">
              {transcript.lines.map((line, i) => (
                <p key={i} className="whitespace-pre-wrap break-words">
                  {line.speaker ? (
                    <span
                      className={`mr-1 font-semibold ${line.role === 'agent' ? 'text-indigo-800 dark:text-indigo-300' : 'text-slate-700 dark:text-slate-300'}`}
                    >
                      {line.speaker}:
                    </span>
                  ) : null}
                  <span className={line.json ? 'font-mono text-xs' : ''}>{line.text}</span>
                </p>
              ))}
            </div>
          )}
        </Disclosure>
      )}
    </Section>
  );
}
