/** Shown instead of the Stop call button when the console server forbids stopping calls. */
export function ReadOnlyNotice() {
  return (
    <p
      role="note"
      className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
    >
      Stopping calls is turned off: this console is read-only (set on its server).
    </p>
  );
}
