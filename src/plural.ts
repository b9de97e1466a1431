/** "1 error", "2 errors": counts people read in logs, summaries and CLI output. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
