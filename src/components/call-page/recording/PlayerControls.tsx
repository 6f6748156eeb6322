import { useEffect, useState, type RefObject } from 'react';
import { formatDuration } from '../../../lib/format';
import { recordingFileName } from '../../../lib/recording/recordingDownload';
import { DownloadRecording } from './DownloadRecording';
import { Button } from '../../ui/Button';

export const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
const SKIP_SECONDS = 10;

function finite(n: number): number | null {
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/**
 * Play/pause, ±10 s, seek, time, speed and download, drawn over a hidden <audio> element.
 * Buttons say in words what their accessible name says (label in name, WCAG 2.5.3): a speech-
 * input user says what they see, and "−10 s" would not match a name like "Back 10 seconds".
 */
export function PlayerControls({
  audioRef,
  src,
  fileName,
  disabled,
}: {
  audioRef: RefObject<HTMLAudioElement | null>;
  src: string;
  /** What a download is saved as. */
  fileName?: string;
  disabled: boolean;
}) {
  const [playing, setPlaying] = useState(false);
  const [current, setCurrent] = useState(0);
  const [duration, setDuration] = useState<number | null>(null);
  const [rate, setRate] = useState(1);

  useEffect(() => {
    const audio = audioRef.current;
    if (!audio) return;
    const sync = () => {
      setPlaying(!audio.paused && !audio.ended);
      setCurrent(audio.currentTime);
      setDuration(finite(audio.duration));
    };
    const events = [
      'play',
      'pause',
      'ended',
      'timeupdate',
      'durationchange',
      'loadedmetadata',
      'seeked',
      'emptied',
    ];
    for (const e of events) audio.addEventListener(e, sync);
    return () => {
      for (const e of events) audio.removeEventListener(e, sync);
    };
  }, [audioRef, src]);

  const audio = () => audioRef.current;
  const seekTo = (seconds: number) => {
    const a = audio();
    if (!a) return;
    const max = finite(a.duration) ?? Number.POSITIVE_INFINITY;
    a.currentTime = Math.min(Math.max(0, seconds), max);
    setCurrent(a.currentTime);
  };
  const toggle = () => {
    const a = audio();
    if (!a) return;
    if (a.paused) {
      // play() rejects when the source cannot play; the <audio> error handler reports that.
      const result = a.play() as Promise<void> | undefined;
      result?.catch(() => undefined);
    } else {
      a.pause();
    }
  };

  const total = duration ?? 0;
  const timeText = `${formatDuration(current)} / ${duration === null ? '–:––' : formatDuration(duration)}`;
  return (
    <div
      role="group"
      aria-label="Recording player"
      className="rounded-md border border-slate-200 bg-slate-50 p-2 dark:border-slate-700 dark:bg-slate-800/60"
    >
      <div className="flex items-center gap-2">
        <Button
          variant="primary"
          size="touch"
          className="w-20"
          onClick={toggle}
          disabled={disabled}
          aria-label={playing ? 'Pause' : 'Play'}
        >
          <span aria-hidden="true" className="mr-1">
            {playing ? '❚❚' : '▶'}
          </span>
          {playing ? 'Pause' : 'Play'}
        </Button>
        <input
          type="range"
          aria-label="Seek"
          min={0}
          max={total || 0}
          step={0.1}
          value={Math.min(current, total || current)}
          aria-valuetext={timeText}
          disabled={disabled || duration === null}
          onChange={(e) => seekTo(Number(e.target.value))}
          className="h-2 min-w-0 flex-1 cursor-pointer accent-indigo-600 disabled:cursor-not-allowed dark:accent-indigo-400"
        />
        <span className="shrink-0 font-mono text-xs tabular-nums" aria-label={`Time ${timeText}`}>
          {timeText}
        </span>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <Button
          size="touch"
          className="font-medium"
          onClick={() => seekTo((audio()?.currentTime ?? 0) - SKIP_SECONDS)}
          disabled={disabled}
        >
          Back 10 seconds
        </Button>
        <Button
          size="touch"
          className="font-medium"
          onClick={() => seekTo((audio()?.currentTime ?? 0) + SKIP_SECONDS)}
          disabled={disabled}
        >
          Forward 10 seconds
        </Button>
        <label className="flex items-center gap-1 text-sm">
          <span>Speed</span>
          <select
            value={rate}
            disabled={disabled}
            onChange={(e) => {
              const next = Number(e.target.value);
              setRate(next);
              const a = audio();
              if (a) {
                // defaultPlaybackRate survives a reload of the source (e.g. a refreshed link).
                a.defaultPlaybackRate = next;
                a.playbackRate = next;
              }
            }}
            className="h-9 rounded-md border border-slate-300 bg-white px-1 text-sm dark:border-slate-600 dark:bg-slate-900"
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <DownloadRecording src={src} fileName={fileName ?? recordingFileName(src, 'recording')} />
      </div>
    </div>
  );
}
