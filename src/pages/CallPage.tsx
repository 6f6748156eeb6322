import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { callQueries } from '../api/queries';
import type { Call } from '../api/schema';
import { CallFacts } from '../components/call-page/facts/FactsSection';
import { CallHeader } from '../components/call-page/header/CallHeader';
import { deferUntilPainted } from '../components/call-page/deferUntilPainted';
import { SectionBoundary } from '../components/call-page/SectionBoundary';
import { SectionNav } from '../components/call-page/SectionNav';
import { TurnSelectionProvider } from '../components/call-page/TurnSelectionProvider';
import { useSectionHash } from '../components/call-page/useSectionHash';
import { ConversationSection } from '../components/call-page/conversation/ConversationSection';
import { RecordingSection } from '../components/call-page/recording/RecordingSection';
import { ErrorState } from '../components/ui/ErrorState';
import { CallPageSkeleton, SkeletonBlock } from '../components/ui/Skeleton';
import { SummarySection } from '../components/call-page/summary/SummarySection';

// Not needed for the first screen: each is its own chunk, loaded after the call has painted.
// Recharts alone is ~110 KiB gzip; the transcript and raw JSON sit below the fold.
const LatencySection = deferUntilPainted(
  () => import('../components/call-page/latency/LatencySection'),
  'default',
  <SkeletonBlock className="h-72" />,
);
const TranscriptSection = deferUntilPainted(
  () => import('../components/call-page/transcript/TranscriptSection'),
  'TranscriptSection',
  <SkeletonBlock className="h-24" />,
);
// Shown only for a call that broke the schema, next to its raw JSON.
const SchemaIssues = deferUntilPainted(
  () => import('../components/call-page/SchemaIssues'),
  'SchemaIssues',
  null,
);
const RawDataSection = deferUntilPainted(
  () => import('../components/call-page/raw/RawDataSection'),
  'RawDataSection',
  <SkeletonBlock className="h-48" />,
);

/*
 * Layout: on wide screens two columns — what was said on the left (summary, conversation,
 * transcript), facts, recording and latency on the right, so a turn picked in the latency chart
 * lights up in the conversation beside it. On narrow screens the columns dissolve (`contents`)
 * and `order` puts the sections in reading order: summary, facts, recording, conversation,
 * latency, transcript.
 */
/** One section in the layout: its place in the phone order, and its own error boundary. */
function Slot({
  order,
  title,
  call,
  children,
}: {
  order: string;
  title: string;
  call: Call;
  children: ReactNode;
}) {
  return (
    <div className={`${order} min-w-0 lg:order-none`}>
      <SectionBoundary title={title} resetKey={call}>
        {children}
      </SectionBoundary>
    </div>
  );
}

export function CallPage() {
  const { callId = '' } = useParams();
  const query = useQuery(callQueries.detail(callId));
  useSectionHash(query.data !== undefined);

  if (query.isPending) return <CallPageSkeleton />;
  if (query.isError && !query.data) {
    return (
      <ErrorState error={query.error} subject="this call" onRetry={() => void query.refetch()} />
    );
  }
  const call = query.data;
  if (!call) return <CallPageSkeleton />;

  return (
    <TurnSelectionProvider call={call}>
      <article aria-label="Call" className="space-y-4">
        <CallHeader call={call} />
        <SectionNav />
        {call.schemaIssues.length > 0 ? <SchemaIssues call={call} /> : null}
        <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
          <div className="contents lg:flex lg:min-w-0 lg:flex-col lg:gap-4">
            <Slot order="order-1" title="Summary" call={call}>
              <SummarySection call={call} />
            </Slot>
            <Slot order="order-4" title="Conversation" call={call}>
              <ConversationSection call={call} />
            </Slot>
            <Slot order="order-6" title="Transcript" call={call}>
              <TranscriptSection call={call} />
            </Slot>
          </div>
          <div className="contents lg:flex lg:min-w-0 lg:flex-col lg:gap-4">
            <Slot order="order-2" title="Call facts" call={call}>
              <CallFacts call={call} />
            </Slot>
            <Slot order="order-3" title="Recording" call={call}>
              <RecordingSection call={call} />
            </Slot>
            <Slot order="order-5" title="Latency" call={call}>
              <LatencySection call={call} />
            </Slot>
          </div>
        </div>
        <SectionBoundary title="Raw data" resetKey={call}>
          <RawDataSection call={call} />
        </SectionBoundary>
      </article>
    </TurnSelectionProvider>
  );
}
