// What opening an article asks for. Its own small module: start-up (startup.ts) asks the same
// ahead, before the app's code has loaded.

/** Claims in the answer that opens an article: enough for any ordinary article in one go. */
export const FIRST_PAGE = 2500;
/** What opening an article asks for (start-up reads the same ahead, see startup.ts). */
export const firstPageInput = (id: string) => ({ id, claimsLimit: FIRST_PAGE });
