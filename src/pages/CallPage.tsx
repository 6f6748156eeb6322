import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { callQueries } from '../api/queries';
import { CallFacts } from '../components/call/CallFacts';
import { CallHeader } from '../components/call/CallHeader';
import { SchemaIssues } from '../components/call/SchemaIssues';
import { TurnSelectionProvider } from '../components/call/TurnSelectionProvider';
import { ConversationSection } from '../components/conversation/ConversationSection';
import { RawDataSection } from '../components/raw/RawDataSection';
import { RecordingSection } from '../components/recording/RecordingSection';
import { ErrorState } from '../components/states/ErrorState';
import { CallPageSkeleton, SkeletonBlock } from '../components/states/Skeleton';
import { SummarySection } from '../components/summary/SummarySection';

// Recharts is large; the page paints its text first and the charts follow.
const LatencySection = lazy(() => import('../components/latency/LatencySection'));

export function CallPage() {
  const { callId = '' } = useParams();
  const query = useQuery(callQueries.detail(callId));

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
        <SchemaIssues call={call} />
        <CallFacts call={call} />
        <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div className="min-w-0 space-y-4">
            <SummarySection call={call} />
            <ConversationSection call={call} />
          </div>
          <div className="min-w-0 space-y-4">
            <RecordingSection call={call} />
            <Suspense fallback={<SkeletonBlock className="h-72" />}>
              <LatencySection call={call} />
            </Suspense>
          </div>
        </div>
        <RawDataSection call={call} />
      </article>
    </TurnSelectionProvider>
  );
}
