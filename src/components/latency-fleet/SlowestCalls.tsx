import { Link } from 'react-router';
import type { FleetResult } from '../../api/fleet';
import { shortLabel } from '../../lib/latency/segments';
import { AgentName } from '../shared/AgentName';
import { formatDateTime } from '../../lib/format';
import { FleetCard } from './FleetCard';
import { FleetTable } from './FleetTable';
import { count, formatMs, share } from './fleetText';

/** The calls with the slowest p95 turn, each linked to its latency section. */
export function SlowestCalls({ result }: { result: FleetResult }) {
  return (
    <FleetCard
      title="Slowest calls"
      description="Ranked by each call’s p95 turn (complete turns only). Open a call to see its turns."
    >
      {result.slowest.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">No call has a complete turn.</p>
      ) : (
        <FleetTable
          caption="Slowest calls by p95 turn"
          columns={['Call', 'Agent', 'Created', 'p95 turn', 'Slowest turn', 'Turns', 'Dominant']}
          numeric={[3, 4, 5]}
          rows={result.slowest.map((row) => ({
            key: row.id,
            cells: [
              <Link
                to={`/calls/${encodeURIComponent(row.id)}#latency`}
                className="font-mono break-all text-indigo-700 underline dark:text-indigo-300"
              >
                {row.id}
              </Link>,
              <AgentName agentId={row.agentId ?? ''} />,
              formatDateTime(row.createdAt),
              formatMs(row.p95Ms),
              row.slowestTurn === null
                ? '—'
                : `${formatMs(row.slowestMs)} (turn ${count(row.slowestTurn)})`,
              `${count(row.completeTurns)}${row.incompleteTurns ? ` + ${count(row.incompleteTurns)} incomplete` : ''}`,
              row.dominant
                ? `${shortLabel(row.dominant)}${row.dominantShare === null ? '' : ` (${share(row.dominantShare)})`}`
                : '—',
            ],
          }))}
        />
      )}
    </FleetCard>
  );
}
