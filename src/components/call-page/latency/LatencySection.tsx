import { useMemo } from 'react';
import type { Call } from '../../../api/schema';
import { analyseLatency } from '../../../lib/latency/analysis';
import { linkNote } from '../../../lib/latency/linkNote';
import { Section } from '../../ui/Section';
import { useTurnSelection } from '../TurnSelectionContext';
import { ChartWidthContext } from '../../shared/charts/chartSize';
import { ComponentChart } from './component-stats/ComponentChart';
import { ConnectChart } from './ConnectChart';
import { DataQualityWarnings } from './DataQualityWarnings';
import { TargetControl } from './TargetControl';
import { TurnChainSection } from './turns/TurnChainSection';

const NO_TURNS = 'No turns measured yet.';

/**
 * Latency triage: per-turn response chains, slowest turns, the four components and the connect
 * phase. Loaded lazily from the call page so Recharts never delays its first paint.
 * `chartWidth` fixes chart sizes where there is no layout (jsdom tests).
 */
export default function LatencySection({ call, chartWidth }: { call: Call; chartWidth?: number }) {
  const analysis = useMemo(() => analyseLatency(call.latency), [call.latency]);
  const { links } = useTurnSelection();

  return (
    <ChartWidthContext.Provider value={chartWidth}>
      <Section id="latency" title="Latency" actions={<TargetControl />}>
        {!analysis.hasLatency ? (
          <p className="text-sm text-slate-600 dark:text-slate-300">{NO_TURNS}</p>
        ) : (
          <div className="space-y-6">
            <DataQualityWarnings warnings={analysis.warnings} />
            {analysis.chains.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-300">{NO_TURNS}</p>
            ) : (
              <TurnChainSection analysis={analysis} linkNote={linkNote(links.status)} />
            )}
            <ComponentChart components={analysis.components} />
            <ConnectChart connect={analysis.connect} />
          </div>
        )}
      </Section>
    </ChartWidthContext.Provider>
  );
}
