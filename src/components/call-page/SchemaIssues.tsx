import type { Call } from '../../api/schema';
import { RawJson } from '../ui/RawJson';
import { Notice } from '../ui/Notice';

/** Fields that did not match the API spec are shown, not hidden: support can paste this into a bug. */
export function SchemaIssues({ call }: { call: Call }) {
  if (call.schemaIssues.length === 0) return null;
  return (
    <Notice tone="warning" role="note" size="md" className="mb-4">
      <p className="font-medium">
        {call.schemaIssues.length === 1 ? 'One field' : `${call.schemaIssues.length} fields`} did
        not match the API spec and {call.schemaIssues.length === 1 ? 'is' : 'are'} shown as empty:
      </p>
      <ul className="mt-1 list-disc pl-5 font-mono text-xs">
        {call.schemaIssues.map((issue) => (
          <li key={issue}>{issue}</li>
        ))}
      </ul>
      <RawJson value={call.raw} label="Raw call JSON" />
    </Notice>
  );
}
