import { useMemo } from 'react';
import type { Call } from '../../api/schema';
import { analyseLatency } from '../../lib/latency/analysis';
import { Section } from '../call/Section';
import { useTurnSelection } from '../call/TurnSelectionContext';
import { ChartWidthContext } from './chartSize';
import { ComponentChart } from './ComponentChart';
import { ConnectChart } from './ConnectChart';
import { DataQualityWarnings } from './DataQualityWarnings';
import { TargetControl } from './TargetControl';
import { TurnChainSection } from './TurnChainSection';

const NO_TURNS = 'No turns measured yet.';

/**
 * Latency triage: per-turn response chains, slowest turns, the four components and the connect
 * phase. Loaded lazily from the call page so Recharts never delays its first paint.
 * `chartWidth` fixes chart sizes where there is no layout (jsdom tests).
 */
export default function LatencySection({ call, chartWidth }: { call: Call; chartWidth?: number }) {
  const analysis = useMemo(() => analyseLatency(call.latency), [call.latency]);
  const { links } = useTurnSelection();

  const callerMessages = useMemo(
    () =>
      call.messages.filter(
        (m) => typeof m === 'object' && m !== null && (m as { role?: unknown }).role === 'user',
      ).length,
    [call.messages],
  );
  const measuredTurns = analysis.chains.filter((c) => c.turn > 0).length;
  const maxTurn = analysis.chains.at(-1)?.turn ?? 0;
  let linkNote: string | null = null;
  if (measuredTurns > 0 && call.messages.length === 0) {
    linkNote = 'Turns link to the conversation once its messages arrive, after the call ends.';
  } else if (measuredTurns > 0 && links.messagesByTurn.size === 0) {
    const messagesText =
      callerMessages === 1 ? '1 caller message' : `${callerMessages} caller messages`;
    linkNote = `Turns are not linked to the conversation: turn ${maxTurn} was measured but there ${callerMessages === 1 ? 'is' : 'are'} only ${messagesText}.`;
  } else if (measuredTurns > 0) {
    linkNote =
      'Turn N is the agent’s reply to the caller’s Nth message; selecting a turn highlights it in the conversation.';
  }

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
              <TurnChainSection analysis={analysis} linkNote={linkNote} />
            )}
            <ComponentChart components={analysis.components} />
            <ConnectChart connect={analysis.connect} />
          </div>
        )}
      </Section>
    </ChartWidthContext.Provider>
  );
}
