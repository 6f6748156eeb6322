import type { Call } from '../../../api/schema';
import { Section } from '../../ui/Section';
import { DownloadJsonButton } from './DownloadJsonButton';
import { JsonPanel } from './JsonPanel';

/** The open objects as JSON trees, and the whole call exactly as the API sent it. */
export function RawDataSection({ call }: { call: Call }) {
  // Only characters safe in a file name; the id is untrusted.
  const safeId = call.id.replace(/[^\w.-]+/g, '_').slice(0, 80);
  return (
    <Section id="raw" title="Raw data">
      <div className="space-y-2">
        <JsonPanel title="Variables" value={call.variables} />
        <JsonPanel title="Metadata" value={call.metadata} />
        <JsonPanel title="Knowledge base snapshot" value={call.kb_snapshot} />
        <JsonPanel
          title="Raw call JSON"
          value={call.raw}
          actions={<DownloadJsonButton value={call.raw} filename={`call-${safeId}.json`} />}
        />
      </div>
    </Section>
  );
}
