const SECTIONS = [
  ['summary', 'Summary'],
  ['facts', 'Facts'],
  ['recording', 'Recording'],
  ['conversation', 'Conversation'],
  ['latency', 'Latency'],
  ['transcript', 'Transcript'],
  ['raw', 'Raw data'],
] as const;

/**
 * In-page links to every section. The page is long on a phone, and a section link
 * (/calls/:id#latency) is what support pastes into a ticket.
 */
export function SectionNav() {
  return (
    <nav aria-label="Call sections" className="-mx-1 overflow-x-auto">
      <ul className="flex gap-1 px-1 text-sm whitespace-nowrap">
        {SECTIONS.map(([id, label]) => (
          <li key={id}>
            <a
              href={`#${id}`}
              className="inline-block rounded-md px-2 py-1 text-slate-600 hover:bg-slate-200 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
