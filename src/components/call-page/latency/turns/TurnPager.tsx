import { MAX_SPAN, MIN_SPAN, zoomRange } from '../../../../lib/latency/window';
import { Button } from '../../../ui/Button';
import { TurnOverview, type TurnWindowProps } from './TurnOverview';

/** The overview strip under a long call's chart, with earlier/later and zoom in/out. */
export function TurnPager(props: TurnWindowProps) {
  const { turns, range, onRangeChange } = props;
  const count = turns.length;
  const span = range.endIndex - range.startIndex + 1;
  const shift = (direction: 1 | -1) => {
    const start = Math.max(0, Math.min(count - span, range.startIndex + direction * span));
    onRangeChange({ startIndex: start, endIndex: start + span - 1 });
  };
  return (
    <div className="space-y-1">
      <TurnOverview {...props} />
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
        <span aria-live="polite">
          Showing turns {turns[range.startIndex]}–{turns[range.endIndex]} of{' '}
          {count.toLocaleString('en-US')}.
        </span>
        <span className="ml-auto flex flex-wrap gap-1">
          <Button size="xs" onClick={() => shift(-1)} disabled={range.startIndex === 0}>
            ← Earlier
          </Button>
          <Button size="xs" onClick={() => shift(1)} disabled={range.endIndex >= count - 1}>
            Later →
          </Button>
          <Button
            size="xs"
            onClick={() => onRangeChange(zoomRange(count, range, 0.5))}
            disabled={span <= MIN_SPAN}
          >
            Zoom in
          </Button>
          <Button
            size="xs"
            onClick={() => onRangeChange(zoomRange(count, range, 2))}
            disabled={span >= Math.min(count, MAX_SPAN)}
          >
            Zoom out
          </Button>
        </span>
      </div>
    </div>
  );
}
