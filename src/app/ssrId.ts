/** The element id of the call data a server-rendered page carries (src/app/ssrData.ts). */
export const SSR_DATA_ID = 'console-ssr';
