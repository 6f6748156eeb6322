import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { callQueries } from '../api/queries';
import { CallFacts } from '../components/call/CallFacts';
import { CallHeader } from '../components/call/CallHeader';
import { SchemaIssues } from '../components/call/SchemaIssues';
import { SectionBoundary } from '../components/call/SectionBoundary';
import { SectionNav } from '../components/call/SectionNav';
import { TurnSelectionProvider } from '../components/call/TurnSelectionProvider';
import { useAfterFirstPaint } from '../components/call/useAfterFirstPaint';
import { useSectionHash } from '../components/call/useSectionHash';
import { ConversationSection } from '../components/conversation/ConversationSection';
import { TranscriptSection } from '../components/conversation/TranscriptSection';
import { RawDataSection } from '../components/raw/RawDataSection';
import { RecordingSection } from '../components/recording/RecordingSection';
import { ErrorState } from '../components/states/ErrorState';
import { CallPageSkeleton, SkeletonBlock } from '../components/states/Skeleton';
import { SummarySection } from '../components/summary/SummarySection';

// Recharts is large; the page paints its text first and the charts follow.
const LatencySection = lazy(() => import('../components/latency/LatencySection'));

/*
 * Layout: on wide screens two columns — what was said on the left (summary, conversation,
 * transcript), facts, recording and latency on the right, so a turn picked in the latency chart
 * lights up in the conversation beside it. On narrow screens the columns dissolve (`contents`)
 * and `order` puts the sections in reading order: summary, facts, recording, conversation,
 * latency, transcript.
 */
export function CallPage() {
  const { callId = '' } = useParams();
  const query = useQuery(callQueries.detail(callId));
  const painted = useAfterFirstPaint();
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
        <SchemaIssues call={call} />
        <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
          <div className="contents lg:flex lg:min-w-0 lg:flex-col lg:gap-4">
            <div className="order-1 min-w-0 lg:order-none">
              <SectionBoundary title="Summary" resetKey={call}>
                <SummarySection call={call} />
              </SectionBoundary>
            </div>
            <div className="order-4 min-w-0 lg:order-none">
              <SectionBoundary title="Conversation" resetKey={call}>
                <ConversationSection call={call} />
              </SectionBoundary>
            </div>
            <div className="order-6 min-w-0 lg:order-none">
              <SectionBoundary title="Transcript" resetKey={call}>
                <TranscriptSection call={call} />
              </SectionBoundary>
            </div>
          </div>
          <div className="contents lg:flex lg:min-w-0 lg:flex-col lg:gap-4">
            <div className="order-2 min-w-0 lg:order-none">
              <SectionBoundary title="Call facts" resetKey={call}>
                <CallFacts call={call} />
              </SectionBoundary>
            </div>
            <div className="order-3 min-w-0 lg:order-none">
              <SectionBoundary title="Recording" resetKey={call}>
                <RecordingSection call={call} />
              </SectionBoundary>
            </div>
            <div className="order-5 min-w-0 lg:order-none">
              <SectionBoundary title="Latency" resetKey={call}>
                <Suspense fallback={<SkeletonBlock className="h-72" />}>
                  {painted ? <LatencySection call={call} /> : <SkeletonBlock className="h-72" />}
                </Suspense>
              </SectionBoundary>
            </div>
          </div>
        </div>
        <SectionBoundary title="Raw data" resetKey={call}>
          <RawDataSection call={call} />
        </SectionBoundary>
      </article>
    </TurnSelectionProvider>
  );
}
