/**
 * Never a dead end (issue 13, item 6): with nothing found, the search offers these articles (in the
 * reader's language, or its stand-in page), then the recovery selector and the FAQ.
 */
export const NO_RESULTS_TOPICS = ['cannot-sign-in', 'reset-password', 'verification-code-not-arriving'] as const;
