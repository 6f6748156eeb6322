import { collapseAllNested, JsonView, type Props as JsonViewProps } from 'react-json-view-lite';
import { useMemo } from 'react';
import { isTreeValue, toJsonText, withVisibleEmptyKeys } from '../../lib/json';

type StyleProps = NonNullable<JsonViewProps['style']>;

// Tailwind classes instead of the library's stylesheet, so the tree follows the light/dark theme.
// The library renders every value as a React text node, so API strings never become markup.
const STYLES: StyleProps = {
  container: 'font-mono text-xs leading-5 whitespace-pre-wrap break-words',
  basicChildStyle: 'ml-0 pl-0',
  childFieldsContainer: 'm-0 list-none pl-4',
  label: 'mr-1 font-semibold text-slate-800 dark:text-slate-200',
  clickableLabel: 'mr-1 cursor-pointer font-semibold text-slate-800 dark:text-slate-200',
  nullValue: 'text-slate-500 italic dark:text-slate-400',
  undefinedValue: 'text-slate-500 italic dark:text-slate-400',
  stringValue: 'text-emerald-800 dark:text-emerald-300',
  booleanValue: 'text-violet-700 dark:text-violet-300',
  numberValue: 'text-sky-800 dark:text-sky-300',
  otherValue: 'text-slate-700 dark:text-slate-300',
  punctuation: 'text-slate-500 dark:text-slate-400',
  expandIcon:
    "mr-1 inline-block w-3 cursor-pointer select-none text-slate-600 after:content-['▸'] dark:text-slate-300",
  collapseIcon:
    "mr-1 inline-block w-3 cursor-pointer select-none text-slate-600 after:content-['▾'] dark:text-slate-300",
  collapsedContent: "mx-1 cursor-pointer text-slate-500 after:content-['…'] dark:text-slate-400",
  noQuotesForStringValues: false,
  quotesForFieldNames: false,
  stringifyStringValues: true,
  ariaLables: { collapseJson: 'Collapse', expandJson: 'Expand' },
};

/** A collapsible JSON tree for objects and arrays; anything else is shown as text. */
export function JsonTree({
  value,
  label,
  expandAll = false,
}: {
  value: unknown;
  /** Accessible name of the tree. */
  label: string;
  expandAll?: boolean;
}) {
  const shown = useMemo(() => withVisibleEmptyKeys(value), [value]);
  if (!isTreeValue(value)) {
    return (
      <pre className="font-mono text-xs whitespace-pre-wrap break-words">{toJsonText(value)}</pre>
    );
  }
  return (
    <div className="overflow-x-auto">
      <JsonView
        data={shown as object}
        style={STYLES}
        aria-label={label}
        shouldExpandNode={expandAll ? () => true : collapseAllNested}
        clickToExpandNode
      />
    </div>
  );
}
