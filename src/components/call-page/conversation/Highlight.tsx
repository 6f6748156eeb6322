import { splitMatches } from '../../../lib/conversation/search';

/** Text with search matches wrapped in <mark>. Always text nodes, never markup. */
export function Highlight({ text, query }: { text: string; query: string }) {
  if (query.trim() === '') return <>{text}</>;
  return (
    <>
      {splitMatches(text, query).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-yellow-200 text-inherit dark:bg-yellow-500/40">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
