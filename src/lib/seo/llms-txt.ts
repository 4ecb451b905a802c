/**
 * llms.txt (https://llmstxt.org): what an assistant reads first. Per locale, `/<locale>/llms.txt`: the
 * site's name, a one-line summary, the independence notice, then every article of the locale by
 * category, each with its one-line description and a link to its Markdown copy. Fallback pages are
 * not listed (their text is another language's, listed there). The root `/llms.txt` lists the
 * languages. `/<locale>/llms-full.txt` (every listed Markdown copy, in this order) is written after
 * the build from the copies themselves (src/integrations/steps/markdown-copies.ts). Pure: data in, text out.
 */

export interface LlmsArticle {
  title: string;
  description: string;
  /** Absolute URL of its Markdown copy. */
  markdown: string;
}

export interface LlmsLocale {
  siteName: string;
  summary: string;
  independent: string;
  /** "Updated" in the locale's words, and the newest `updated` of its articles (YYYY-MM-DD). */
  updated?: { label: string; date: string };
  sections: { title: string; articles: LlmsArticle[] }[];
}

/** One line of Markdown text: no line breaks, link brackets escaped. */
const line = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/([[\]])/g, '\\$1');

export function localeLlmsTxt(l: LlmsLocale): string {
  const out = [`# ${line(l.siteName)}`, '', `> ${line(l.summary)}`, '', line(l.independent)];
  if (l.updated) out.push('', `${line(l.updated.label)}: ${l.updated.date}`);
  for (const s of l.sections) {
    if (!s.articles.length) continue;
    out.push('', `## ${line(s.title)}`, '');
    for (const a of s.articles) out.push(`- [${line(a.title)}](${a.markdown}): ${line(a.description)}`);
  }
  return `${out.join('\n')}\n`;
}

export interface LlmsRoot {
  siteName: string;
  summary: string;
  independent: string;
  /** Each language: its own name, its llms.txt and its summary in its own words. */
  languages: { name: string; href: string; summary: string }[];
}

export function rootLlmsTxt(r: LlmsRoot): string {
  const out = [`# ${line(r.siteName)}`, '', `> ${line(r.summary)}`, '', line(r.independent), '', '## Languages', ''];
  for (const l of r.languages) out.push(`- [${line(l.name)}](${l.href}): ${line(l.summary)}`);
  return `${out.join('\n')}\n`;
}

/** The Markdown copies a locale's llms.txt links to, in its order (what llms-full.txt joins). */
export function listedCopies(llmsTxt: string): string[] {
  return [...llmsTxt.matchAll(/^- \[(?:[^\]\\]|\\.)*\]\(([^)\s]+\.md)\)/gm)].map((m) => m[1]!);
}
