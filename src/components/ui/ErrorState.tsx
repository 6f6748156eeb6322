import { isApiError, type ApiErrorKind } from '../../api/errors';
import { RawJson } from './RawJson';
import { Button } from './Button';
import { Notice } from './Notice';

const TITLES: Record<ApiErrorKind, string> = {
  unauthorized: 'The API key is missing or wrong',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  validation: 'The API rejected this request',
  rate_limited: 'Too many requests',
  server: 'The API had a problem',
  network: 'Network problem',
  timeout: 'The API took too long',
  bad_response: 'The API sent something unexpected',
};

const HINTS: Partial<Record<ApiErrorKind, string>> = {
  unauthorized:
    'The console server sends ONEINBOX_API_KEY to the API. Check that it is set and still valid.',
  not_found: 'Check the id. Calls from another organisation are not visible with this key.',
  validation: 'Call ids look like 5f0c1d2e-3a4b-4c5d-8e6f-000000000001.',
  rate_limited:
    'The API is limiting requests. The console retries on its own; you can also try again.',
};

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** What failed, e.g. "this call". */
  subject?: string;
}

export function ErrorState({ error, onRetry, subject }: Props) {
  const kind = isApiError(error) ? error.kind : null;
  const title = kind ? TITLES[kind] : 'Something went wrong';
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Notice tone="error" role="alert" size="page">
      <h2 className="text-lg font-semibold">
        {title}
        {isApiError(error) && error.status ? (
          <span className="ml-2 font-mono text-sm font-normal">HTTP {error.status}</span>
        ) : null}
      </h2>
      <p className="mt-1">
        {subject ? `Could not load ${subject}: ` : null}
        {message}
      </p>
      {kind && HINTS[kind] ? <p className="mt-1 text-sm opacity-80">{HINTS[kind]}</p> : null}
      {isApiError(error) && error.details.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {error.details.map((d, i) => (
            <li key={i}>
              <span className="font-mono">{d.loc.join('.')}</span>: {d.msg}
            </li>
          ))}
        </ul>
      ) : null}
      {onRetry ? (
        <Button variant="danger" onClick={onRetry} className="mt-3">
          Try again
        </Button>
      ) : null}
      {isApiError(error) && error.raw !== undefined ? <RawJson value={error.raw} /> : null}
    </Notice>
  );
}
