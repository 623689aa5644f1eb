/** What went wrong, in words: an Error's message, or whatever else was thrown, as text. */
export const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));
