import type { FleetResult } from '../../api/fleet';
import { ChartWidthContext } from '../shared/charts/chartSize';
import { FleetCard } from './FleetCard';
import { LoadChart } from './LoadChart';
import { OverTimeChart } from './OverTimeChart';
import { TurnHistogram } from './TurnHistogram';

/**
 * The page's charts, one lazy chunk (Recharts), so the headline figures and tables never wait for
 * it. `chartWidth` fixes sizes where there is no layout (jsdom tests).
 */
export default function FleetCharts({
  result,
  part,
  chartWidth,
}: {
  result: FleetResult;
  part: 'turns' | 'load-time';
  chartWidth?: number;
}) {
  return (
    <ChartWidthContext.Provider value={chartWidth}>
      {part === 'turns' ? (
        <FleetCard title="Turns">
          <TurnHistogram result={result} />
        </FleetCard>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <FleetCard title="Load">
            <LoadChart result={result} />
          </FleetCard>
          <FleetCard title="Time">
            <OverTimeChart result={result} />
          </FleetCard>
        </div>
      )}
    </ChartWidthContext.Provider>
  );
}
