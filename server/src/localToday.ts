// The hosts' clock, read once per analysis and handed to the core as a day: the core reads none.

/** The local calendar day (`YYYY-MM-DD`), as people mean "today". */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
