import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { callQueries } from '../../../api/queries';
import { recordingFileName } from '../../../lib/recording/recordingDownload';
import { safeHttpUrl } from '../../../lib/safeUrl';
import { PlayerControls } from './PlayerControls';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

type Phase = 'ready' | 'refreshing' | 'failed';

/**
 * Plays a signed recording link. The link expires after 4 hours, so when the audio fails to
 * load the call is fetched again once for a fresh link; if that fails too, it says so plainly.
 *
 * The player keeps the link it started with even when a later refetch of the call (window focus,
 * polling) brings a newly signed one, so playback is never interrupted by a link change.
 */
export function RecordingPlayer({ callId, url }: { callId: string; url: string }) {
  const queryClient = useQueryClient();
  const audioRef = useRef<HTMLAudioElement>(null);
  const [src, setSrc] = useState(url);
  const [phase, setPhase] = useState<Phase>('ready');
  const refreshed = useRef(false);

  const refresh = useCallback(async () => {
    setPhase('refreshing');
    try {
      const fresh = await queryClient.fetchQuery({ ...callQueries.detail(callId), staleTime: 0 });
      const next = safeHttpUrl(fresh.recording_url);
      if (next && next !== src) {
        setSrc(next);
        setPhase('ready');
      } else {
        setPhase('failed');
      }
    } catch {
      setPhase('failed');
    }
  }, [callId, queryClient, src]);

  const onError = useCallback(() => {
    if (phase === 'refreshing') return;
    if (!refreshed.current) {
      refreshed.current = true;
      void refresh();
      return;
    }
    setPhase('failed');
  }, [phase, refresh]);

  return (
    <div className="space-y-2">
      <audio
        ref={audioRef}
        src={src}
        preload="metadata"
        onError={onError}
        data-testid="recording-audio"
      />
      {phase === 'failed' ? (
        <Notice tone="error" role="alert" size="md">
          <p>
            The recording could not be loaded. Its link may have expired, and a freshly fetched link
            did not work either.
          </p>
          <Button variant="danger" size="sm" onClick={() => void refresh()} className="mt-2">
            Try again
          </Button>
        </Notice>
      ) : null}
      {phase === 'refreshing' ? (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          The recording link has expired. Fetching a fresh link…
        </p>
      ) : null}
      <PlayerControls
        audioRef={audioRef}
        src={src}
        fileName={recordingFileName(src, callId)}
        disabled={phase !== 'ready'}
      />
    </div>
  );
}
