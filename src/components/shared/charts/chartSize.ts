import { createContext, useContext } from 'react';

/**
 * Fixed chart width for environments without layout (jsdom tests); undefined in the browser,
 * where charts size themselves to their container.
 */
export const ChartWidthContext = createContext<number | undefined>(undefined);

export function useChartSize(height: number) {
  const fixedWidth = useContext(ChartWidthContext);
  return fixedWidth === undefined
    ? { responsive: true, width: '100%' as const, height }
    : { responsive: false, width: fixedWidth, height };
}
