import { useEffect, useMemo, useState } from 'react';
import type { Call } from '../../../api/schema';
import { normaliseMessages, type ConversationItem } from '../../../lib/conversation/messages';
import { loadableModule } from '../../../lib/retryableModule';
import { useAgentName } from '../../shared/useAgentName';

// The transcript reader is only needed for calls without messages (older pipelines), so it
// stays out of the call page's first download; the Transcript section loads it anyway.
const transcriptCode = loadableModule(() => import('../../../lib/conversation/transcript'));
type TranscriptCode = NonNullable<typeof transcriptCode.current>;

/** The transcript reader once loaded (null until then); a failed download is thrown. */
function useTranscriptCode(needed: boolean): TranscriptCode | null {
  const [, setLoaded] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (!needed || transcriptCode.current) return;
    let live = true;
    transcriptCode.load().then(
      () => live && setLoaded(true),
      (error: unknown) => live && setFailure(error ?? new Error('transcript code did not load')),
    );
    return () => {
      live = false;
    };
  }, [needed]);
  // The section's boundary says the code did not download, and offers Try again.
  if (failure) throw failure;
  return needed ? transcriptCode.current : null;
}

/** Messages when there are any; otherwise the (deprecated) transcript is the conversation. */
export function useConversation(call: Call): {
  items: ConversationItem[];
  source: 'messages' | 'transcript' | 'none' | 'loading';
} {
  const fromTranscript = call.messages.length === 0;
  // Only the transcript fallback needs the agent's name; with messages, no query (and no extra
  // render when the name arrives, which would hold up the deferred turn badges).
  const fallback = useAgentName(fromTranscript ? call.agent_id : '');
  const code = useTranscriptCode(fromTranscript);
  return useMemo(() => {
    if (!fromTranscript) {
      return { items: normaliseMessages(call.messages), source: 'messages' as const };
    }
    if (!code) return { items: [], source: 'loading' as const };
    const lines = code.transcriptToItems(code.normaliseTranscript(call.transcript, fallback));
    return lines.length > 0
      ? { items: lines, source: 'transcript' as const }
      : { items: [], source: 'none' as const };
  }, [fromTranscript, code, call.messages, call.transcript, fallback]);
}
