/**
 * "computed 3 minutes ago": how old the figures on screen are, in words, from the result's
 * `computedAt` and the clock. A computedAt slightly in the future (clock skew between Jira and
 * the browser) reads "just now" rather than a negative age.
 */
export function computedAgo(computedAt: string, now: Date): string {
  const at = Date.parse(computedAt);
  if (Number.isNaN(at)) return 'computed at an unknown time';
  const minutes = Math.floor((now.getTime() - at) / 60_000);
  if (minutes < 1) return 'computed just now';
  if (minutes < 60) return `computed ${plural(minutes, 'minute')} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `computed ${plural(hours, 'hour')} ago`;
  return `computed ${plural(Math.floor(hours / 24), 'day')} ago`;
}

export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
