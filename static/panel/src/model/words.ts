/** Names run into a sentence: "Gather", "Gather and Timeline", "Gather, Timeline and Review". */
export function joinLabels(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
