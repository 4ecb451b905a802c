/**
 * An article's Markdown copy, for assistants and readers who want the text alone: made from the
 * built page (its `[data-article-content]` element), so it says exactly what the page says — blocks
 * in the language the page shows them in, the proof list from content/proof, official links marked
 * as the page marks them, links absolute, with the base path. Pure: HTML in, Markdown out.
 *
 * What the components become: headings `##`; a callout or block a quoted paragraph with its title in
 * bold; steps a numbered list; a UI path plain text with its arrows; <Kbd> `code`; an official link a
 * link followed by its "(official Xiaomi site)" marker; a figure an image with its caption; the
 * recovery selector its title, sentence and link to the recovery page; the password checker a
 * sentence and a link to its page (`passwordTool`). The table of contents and anything marked
 * aria-hidden are left out. The result has no HTML tags and no JSX.
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';

export interface MarkdownCopyInput {
  /** The built page's HTML (or the part from its text element on: `contentHtml`). */
  html: string;
  /** The page's absolute URL (links are resolved against it). */
  url: string;
  title: string;
  description: string;
  /** YYYY-MM-DD. */
  updated: string;
  /** Words of the page's locale: "Updated", the independence notice, the site name. */
  words: { updated: string; independent: string; siteName: string };
  /** What the password checker becomes: a sentence and its page. */
  passwordTool: { text: string; link: string; href: string };
}

const CONTENT = /<div\b[^>]*\bdata-article-content\b[^>]*>/;
/** The paragraph after the text ("Checked: …"): where the content element has ended. */
const AFTER_CONTENT = /<p\b[^>]*\bdata-article-reviewed\b/;

/** The part of a built page that holds its text (from its `[data-article-content]` element on), or undefined. */
export function contentHtml(html: string): string | undefined {
  const start = CONTENT.exec(html);
  if (!start) return undefined;
  const rest = html.slice(start.index);
  const end = AFTER_CONTENT.exec(rest);
  return end ? rest.slice(0, end.index) : rest;
}

/** The page's text element: cut out first, so a page's head, header and lists are never parsed. */
export function contentElement(html: string): HTMLElement | undefined {
  const part = contentHtml(html);
  if (part === undefined) return undefined;
  const root = parse(part, { comment: false, blockTextElements: { script: false, style: false, noscript: false } });
  return root.querySelector('[data-article-content]') ?? undefined;
}

export function articleMarkdown(input: MarkdownCopyInput): string {
  const content = contentElement(input.html);
  if (!content) throw new Error(`markdown-copy: ${input.url} has no [data-article-content] element`);
  const body = new Converter(input).blocks(content.childNodes).join('\n\n');
  const { words } = input;
  const head = [
    `# ${inlineText(input.title)}`,
    inlineText(input.description),
    `${words.updated}: ${input.updated}. ${words.independent}`,
    `${words.siteName}: ${input.url}`,
  ];
  return `${[...head, '---', body].join('\n\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

const isElement = (n: Node): n is HTMLElement => n.nodeType === 1;
const hidden = (e: HTMLElement) => e.getAttribute('aria-hidden') === 'true' || e.tagName === 'SCRIPT' || e.tagName === 'STYLE' || e.tagName === 'TEMPLATE';

/** Text as Markdown prose: whitespace collapsed, characters that would start markup escaped. */
function inlineText(s: string): string {
  return decode(s)
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]])/g, '\\$1')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<');
}

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    if (k === 'nbsp') return '\u00a0';
    const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : m;
  });
}

const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGURE', 'HR', 'TABLE', 'PRE', 'DETAILS', 'NAV']);

class Converter {
  private readonly input: MarkdownCopyInput;
  constructor(input: MarkdownCopyInput) {
    this.input = input;
  }

  private href(raw: string): string {
    try {
      return new URL(decode(raw), this.input.url).href;
    } catch {
      return decode(raw);
    }
  }

  /** Block-level Markdown for a list of nodes: loose inline runs become paragraphs. */
  blocks(nodes: readonly Node[]): string[] {
    const out: string[] = [];
    let run: Node[] = [];
    const flush = () => {
      const text = this.inline(run).trim();
      if (text) out.push(text);
      run = [];
    };
    for (const n of nodes) {
      if (isElement(n) && BLOCKS.has(n.tagName) && !hidden(n)) {
        flush();
        out.push(...this.block(n));
      } else run.push(n);
    }
    flush();
    return out.filter((b) => b.trim());
  }

  private block(e: HTMLElement): string[] {
    const tag = e.tagName;
    if (tag === 'DETAILS' || tag === 'NAV') return []; // the table of contents
    if (e.hasAttribute('data-callout')) return [this.callout(e)];
    if (e.hasAttribute('data-recovery-embed')) return [this.recovery(e)];
    if (e.hasAttribute('data-password-tool')) {
      const t = this.input.passwordTool;
      return [`${inlineText(t.text)} [${inlineText(t.link)}](${this.href(t.href)})`];
    }
    if (/^H[1-6]$/.test(tag)) return [`${'#'.repeat(Number(tag[1]))} ${this.inline(e.childNodes).trim()}`];
    if (tag === 'P') return [this.inline(e.childNodes).trim()];
    if (tag === 'UL' || tag === 'OL') return [this.list(e)];
    if (tag === 'BLOCKQUOTE') return [quote(this.blocks(e.childNodes).join('\n\n'))];
    if (tag === 'HR') return ['---'];
    if (tag === 'PRE') return ['```\n' + decode(e.textContent).replace(/\n$/, '') + '\n```'];
    if (tag === 'FIGURE') return [this.figure(e)];
    if (tag === 'TABLE') return [this.table(e)];
    return this.blocks(e.childNodes);
  }

  private callout(e: HTMLElement): string {
    const kids = e.childNodes.filter(isElement);
    const title = kids[0] && kids[0].tagName === 'P' ? this.inline(kids[0].childNodes).trim() : '';
    const body = this.blocks(kids.slice(title ? 1 : 0)).join('\n\n');
    return quote([title ? `**${title}**` : '', body].filter(Boolean).join('\n\n'));
  }

  /** The recovery selector's title, its sentence and the link to the recovery page (the questions need the page). */
  private recovery(e: HTMLElement): string {
    const paragraphs = e.childNodes.filter((n): n is HTMLElement => isElement(n) && n.tagName === 'P');
    const link = e.querySelector('[data-recovery-page-link]');
    const [title, text] = paragraphs.map((p) => this.inline(p.childNodes).trim());
    const parts = [title ? `**${title}**` : '', text ?? ''].filter(Boolean).join(' ');
    return link ? `${parts} [${this.inline(link.childNodes).trim()}](${this.href(link.getAttribute('href') ?? '')})` : parts;
  }

  private figure(e: HTMLElement): string {
    const img = e.querySelector('img');
    const caption = e.querySelector('figcaption');
    const parts: string[] = [];
    if (img) parts.push(`![${inlineText(img.getAttribute('alt') ?? '')}](${this.href(img.getAttribute('src') ?? '')})`);
    if (caption) parts.push(`*${this.inline(caption.childNodes).trim()}*`);
    return parts.join('\n\n');
  }

  private table(e: HTMLElement): string {
    const rows = e.querySelectorAll('tr').map((tr) => tr.childNodes.filter((n): n is HTMLElement => isElement(n) && (n.tagName === 'TD' || n.tagName === 'TH')).map((c) => this.inline(c.childNodes).trim().replace(/\|/g, '\\|')));
    if (!rows.length) return '';
    const width = Math.max(...rows.map((r) => r.length));
    const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
    return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
  }

  /** A list; a nested list is indented under its item by the width of the item's marker. */
  private list(e: HTMLElement): string {
    const ordered = e.tagName === 'OL';
    const start = Number(e.getAttribute('start') ?? '1') || 1;
    const items = e.childNodes.filter((n): n is HTMLElement => isElement(n) && n.tagName === 'LI');
    return items
      .map((li, i) => {
        const marker = ordered ? `${start + i}. ` : '- ';
        const pad = ' '.repeat(marker.length);
        const parts: string[] = [];
        let run: Node[] = [];
        const flush = () => {
          const t = this.inline(run).trim();
          if (t) parts.push(t);
          run = [];
        };
        for (const n of li.childNodes) {
          if (isElement(n) && (n.tagName === 'UL' || n.tagName === 'OL')) {
            flush();
            parts.push(this.list(n));
          } else if (isElement(n) && BLOCKS.has(n.tagName) && !hidden(n)) {
            flush();
            parts.push(...this.block(n));
          } else run.push(n);
        }
        flush();
        const text = parts.join('\n\n').split('\n').map((l, k) => (k === 0 ? l : l ? pad + l : l)).join('\n');
        return marker + text;
      })
      .join('\n');
  }

  inline(nodes: readonly Node[]): string {
    let out = '';
    for (const n of nodes) {
      if (n.nodeType === 3) {
        out += inlineText(n.rawText);
        continue;
      }
      if (!isElement(n) || hidden(n)) continue;
      const tag = n.tagName;
      const inner = () => this.inline(n.childNodes);
      if (tag === 'BR') out += '\n';
      else if (tag === 'STRONG' || tag === 'B') out += wrap('**', inner());
      else if (tag === 'EM' || tag === 'I') out += wrap('*', inner());
      else if (tag === 'CODE') out += code(decode(n.textContent));
      else if (tag === 'KBD') out += n.classList.contains('ui-path-item') ? inner() : code(decode(n.textContent));
      else if (tag === 'IMG') out += `![${inlineText(n.getAttribute('alt') ?? '')}](${this.href(n.getAttribute('src') ?? '')})`;
      else if (tag === 'A') out += this.link(n);
      else if (BLOCKS.has(tag)) out += ` ${this.blocks(n.childNodes).join(' ')} `;
      else out += inner();
    }
    return out;
  }

  /** A link, absolute; an official link's "(official Xiaomi site)" marker follows it as text. */
  private link(a: HTMLElement): string {
    const badge = a.querySelector('.official-badge');
    const text = this.inline(a.childNodes.filter((n) => n !== badge)).trim();
    const href = a.getAttribute('href');
    const link = href ? `[${text}](${this.href(href)})` : text;
    return badge ? `${link}${inlineText(badge.textContent)}` : link;
  }
}

function wrap(mark: string, s: string): string {
  const t = s.trim();
  if (!t) return s;
  const lead = s.slice(0, s.indexOf(t[0]!));
  const trail = s.slice(s.lastIndexOf(t.at(-1)!) + 1);
  return `${lead}${mark}${t}${mark}${trail}`;
}

function code(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  const fence = t.includes('`') ? '``' : '`';
  return `${fence}${t}${fence}`;
}

function quote(s: string): string {
  return s
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
}
