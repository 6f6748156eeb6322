import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { callQueries, consoleQueries } from '../../src/api/queries';
import type { Call } from '../../src/api/schema';
import { MemoryRouter } from 'react-router';
import { TranscriptSection } from '../../src/components/call-page/transcript/TranscriptSection';
import { LiveControls } from '../../src/components/call-page/live/LiveControls';
import { JsonTree } from '../../src/components/ui/JsonTree';
import { RecordingPlayer } from '../../src/components/call-page/recording/RecordingPlayer';
import { safeHttpUrl } from '../../src/lib/safeUrl';
import { routedApp } from '../unit/support/render';

/**
 * A QueryClient that already holds the call, so the page renders it without a request.
 * staleTime Infinity: no refetch on mount, so thousands of renders cost no network at all.
 */
export function seededClient(call: Call): QueryClient {
  const routeId = wellFormed(call.id);
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } },
  });
  client.setQueryData(consoleQueries.config().queryKey, {
    mode: 'live',
    readOnly: false,
    user: null,
  });
  client.setQueryData(callQueries.detail(routeId).queryKey, call);
  return client;
}

/**
 * A lone UTF-16 surrogate cannot be put in a URL, so such an id can only arrive in a payload,
 * never from the address bar. The page is opened with the well-formed form of the id (what
 * the router would give), and the seeded payload keeps the original id.
 */
function wellFormed(id: string): string {
  return id.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/** The URL a user would open for this call (ids are opaque, so they are encoded). */
export function callUrl(id: string): string {
  return `/calls/${encodeURIComponent(wellFormed(id))}`;
}

let pagesLoaded: Promise<void> | null = null;

/**
 * Pages are React.lazy chunks, and renderToString does not wait for them: it would print the
 * loading skeleton. Render once to start the import, wait for it, and every later render has it.
 */
function pagesReady(tree: React.ReactElement): Promise<void> {
  pagesLoaded ??= (async () => {
    renderToString(tree);
    await import('../../src/pages/CallPage');
    await new Promise((resolve) => setTimeout(resolve, 0));
  })();
  return pagesLoaded;
}

/**
 * What the call page mounts only after its first paint (an effect), so a string render of the
 * page shows placeholders in their place: rendered here directly, each with the call, and the
 * raw panels' trees open. (The charts are covered by the DOM runs.)
 */
function DeferredParts({ call }: { call: Call }) {
  const url = safeHttpUrl(call.recording_url);
  return (
    <MemoryRouter>
      <TranscriptSection call={call} />
      {[call.variables, call.metadata, call.kb_snapshot, call.raw].map((value, i) => (
        <JsonTree key={i} value={value} label="JSON" />
      ))}
      {url ? <RecordingPlayer callId={call.id} url={url} /> : null}
      <LiveControls call={call} />
    </MemoryRouter>
  );
}

/**
 * The light render path for the bulk of the fuzz runs: the real routes and components,
 * rendered to a string (every component's render function runs; effects do not), then the
 * parts the page defers until after its first paint. A render error throws (error boundaries
 * do not run on the server) or is logged, which the caller detects.
 */
export async function renderCallToString(call: Call): Promise<{ page: string; deferred: string }> {
  const client = seededClient(call);
  const tree = (
    <QueryClientProvider client={client}>{routedApp(callUrl(call.id)).element}</QueryClientProvider>
  );
  try {
    await pagesReady(tree);
    const page = renderToString(tree);
    const deferred = renderToString(
      <QueryClientProvider client={client}>
        <DeferredParts call={call} />
      </QueryClientProvider>,
    );
    return { page, deferred };
  } finally {
    client.clear();
  }
}

/**
 * Text as React writes it into HTML (its escapeTextForBrowser), so a string can be looked up
 * in rendered HTML without parsing megabytes of markup. React keeps one text node whole, so
 * a value rendered as one JSX expression appears as one escaped run.
 */
export function escapedText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
};
