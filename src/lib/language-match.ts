/** Picks the best site locale for a reader's `navigator.languages`: exact tag, then primary subtag. */
export function bestLocale(preferred: readonly string[], available: readonly string[]): string | undefined {
  for (const raw of preferred) {
    const tag = raw.toLowerCase();
    const primary = tag.split('-')[0];
    const hit = available.find((a) => a.toLowerCase() === tag) ?? available.find((a) => a.toLowerCase() === primary);
    if (hit) return hit;
  }
  return undefined;
}
