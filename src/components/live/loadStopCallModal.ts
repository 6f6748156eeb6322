/** One shared import, so preloading and rendering fetch the dialog chunk once. */
export const loadStopCallModal = () => import('./StopCallModal');
