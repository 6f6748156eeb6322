import { useConsoleConfig } from '../shared/useConsoleConfig';

export function DemoBanner() {
  const config = useConsoleConfig();
  if (config?.mode !== 'demo') return null;
  return (
    <div
      role="status"
      className="bg-amber-100 px-4 py-1.5 text-center text-sm text-amber-950 dark:bg-amber-900/60 dark:text-amber-50"
    >
      <strong>Demo data.</strong> No API key is set, so these calls are generated in your browser.
      Set <code className="font-mono">ONEINBOX_API_KEY</code> on the server for live data.
    </div>
  );
}
