import { useState, type MouseEvent } from 'react';
import { downloadCrossOrigin, isSameOrigin } from '../../../lib/recording/recordingDownload';

const link =
  'text-sm font-medium text-indigo-700 underline hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-200';

/**
 * "Download recording" that does what it says: a same-origin link downloads natively; a signed
 * link on another host is fetched and saved, or, when its host does not allow that, opened in a
 * new tab with a short hint (see src/lib/recording/recordingDownload.ts). Without script it is a plain link
 * that opens the file.
 */
export function DownloadRecording({ src, fileName }: { src: string; fileName: string }) {
  const [state, setState] = useState<'idle' | 'downloading' | 'opened'>('idle');
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (isSameOrigin(src, window.location.origin)) return; // `download` works as it is
    event.preventDefault();
    if (state === 'downloading') return;
    setState('downloading');
    void downloadCrossOrigin(src, fileName).then((result) =>
      setState(result === 'opened' ? 'opened' : 'idle'),
    );
  };
  return (
    <span className="ml-auto text-right">
      <a
        href={src}
        download={fileName}
        target="_blank"
        rel="noopener noreferrer"
        aria-busy={state === 'downloading' || undefined}
        onClick={onClick}
        className={link}
      >
        Download recording
      </a>
      <span role="status" className="block text-xs text-slate-700 dark:text-slate-300">
        {state === 'downloading' ? 'Downloading…' : null}
        {state === 'opened' ? (
          <>
            Its server does not let the console save it, so it opened in a new tab: save it from
            there. No tab?{' '}
            <a href={src} target="_blank" rel="noopener noreferrer" className={link}>
              Open the recording
            </a>
          </>
        ) : null}
      </span>
    </span>
  );
}
