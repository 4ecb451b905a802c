/**
 * The pages an `astro build` rendered and the ones it took from the incremental cache, from its log:
 * "├─ /path" and, at once for a page from the cache, "(cached)" or "(restored)"; a rendered page's
 * time comes later, after other pages' names when pages render side by side (build.concurrency).
 * Read by the incremental build test and the bench's --incremental.
 */
export function renderedPages(output: string): { rendered: string[]; cached: number } {
  const pages = [...output.matchAll(/[├└]─ (\/\S*?\.(?:html|txt|xml|json))( \((?:cached|restored)\))?/g)];
  return { rendered: pages.filter((m) => !m[2]).map((m) => m[1]!), cached: pages.filter((m) => m[2]).length };
}
