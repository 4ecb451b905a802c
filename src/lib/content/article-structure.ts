/**
 * The shape of an article's MDX source, as translators must keep it: `##` sections and numbered
 * items inside <Steps>. Code blocks are not read as structure.
 */
import { splitFrontmatter } from './frontmatter.ts';

/** Menu items of a <UiPath path="…">, split the way the component shows them. */
export function splitUiPath(path: string): string[] {
  return path.split(/\s*(?:>|→|›|←)\s*/).map((p) => p.trim());
}

function body(source: string): string {
  return splitFrontmatter(source).body.replace(/^```[\s\S]*?^```/gm, '');
}

export function articleStructure(source: string): { sections: number; steps: number } {
  const text = body(source);
  const sections = (text.match(/^## /gm) ?? []).length;
  let steps = 0;
  for (const block of text.matchAll(/<Steps>([\s\S]*?)<\/Steps>/g)) steps += (block[1]!.match(/^\s*\d+\.\s/gm) ?? []).length;
  return { sections, steps };
}

/** Every menu name an article writes inside <UiPath path="…" />. */
export function uiPathNames(source: string): string[] {
  const names: string[] = [];
  for (const m of body(source).matchAll(/<UiPath\s+path=(?:"([^"]*)"|'([^']*)')/g)) names.push(...splitUiPath(m[1] ?? m[2] ?? ''));
  return names.filter(Boolean);
}
