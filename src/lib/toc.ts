export interface Heading {
  depth: number;
  slug: string;
  text: string;
}
export interface TocItem extends Heading {
  children: TocItem[];
}

/** Nests h3 under the preceding h2; other levels are left out. An h3 before any h2 stays at the top. */
export function buildToc(headings: readonly Heading[], minDepth = 2, maxDepth = 3): TocItem[] {
  const top: TocItem[] = [];
  for (const h of headings) {
    if (h.depth < minDepth || h.depth > maxDepth) continue;
    const item: TocItem = { ...h, children: [] };
    const parent = top.at(-1);
    if (h.depth > minDepth && parent) parent.children.push(item);
    else top.push(item);
  }
  return top;
}
