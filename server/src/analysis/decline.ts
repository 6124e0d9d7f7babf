// Texts the server declines to analyse, with the reason a user reads. No postmortem is this big
// (10,000 timeline entries are under 1 MB), and a binary file renamed .md is no postmortem; both
// would otherwise cost seconds of parsing for findings nobody can act on.

/** Characters, about 2 MB of text: over twice the largest timeline the benchmark measures. */
export const MAX_DOCUMENT_LENGTH = 2 * 1024 * 1024;

export function declineReason(text: string): string | undefined {
  if (text.length > MAX_DOCUMENT_LENGTH) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return `Not analysed: this file is ${mb} MB, over the 2 MB a postmortem can be. Split it (long pasted logs can go in a linked file).`;
  }
  // Git's test for binary content: a NUL in the first 8,000 characters.
  const nul = text.slice(0, 8000).indexOf('\u0000');
  if (nul !== -1) return 'Not analysed: this file looks binary (it contains NUL characters), not like markdown text.';
  return undefined;
}
