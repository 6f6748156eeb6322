/**
 * The one module server/ may import from src/ (issue 14's layers). It re-exports what the console
 * server needs; issue 15 adds its server-rendering function here.
 */
export {
  createFleetCache,
  encodeFleetLine,
  FLEET_CONTENT_TYPE,
  FLEET_PAGE_SIZE,
  FleetSourceError,
  parseFleetRequest,
  readFleetPage,
  runFleetJob,
  type FetchFleetPage,
  type FleetCache,
  type FleetJobOutcome,
  type FleetLine,
  type FleetQuery,
  type FleetRequest,
  type FleetSourceFailure,
} from './lib/fleet';
