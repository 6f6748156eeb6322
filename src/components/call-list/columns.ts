/** Column labels, shared by the table header, the phone card labels and the skeleton. */
export const COLUMNS = [
  'Status',
  'Type',
  'From → To',
  'Agent',
  'Started',
  'Duration',
  'Outcome',
  'End reason',
  'Cost',
  'Median turn',
  'Slowest turn',
  'Over target',
] as const;

/** The latency columns, sortable within the loaded page. */
export const LATENCY_COLUMNS = {
  'Median turn': 'median',
  'Slowest turn': 'slowest',
  'Over target': 'over',
} as const;
