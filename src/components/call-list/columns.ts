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
] as const;
