/**
 * The one reader of the built site for the steps after the build: dist/ is walked once, and each
 * HTML page is read once and scanned once (src/lib/built/page-scan.ts) while every step looks at it.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { scanPage, type PageFacts } from '../lib/built/page-scan.ts';
import { sitePolicy } from '../lib/security/headers.ts';
import { fileUrl, normalizeBase } from '../lib/urls.ts';

export interface BuiltPage {
  /** Path inside dist/, with forward slashes: "ru/faq/index.html". */
  file: string;
  /** The URL it is served at, base included: "/help/ru/faq/". */
  url: string;
  html: string;
  facts: PageFacts;
}

export class BuiltSite {
  readonly dir: string;
  readonly base: string;
  /** Every file of dist/ (forward slashes), kept up to date as steps move and write files. */
  readonly files = new Set<string>();

  constructor(dir: string, base: string) {
    this.dir = dir;
    this.base = normalizeBase(base);
    for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (e.isFile()) this.files.add(relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
    }
  }

  /** Served paths of every file, base included ("/help/ru/x/index.html"), for the link check. */
  served(): Set<string> {
    return new Set([...this.files].map((f) => this.base + f));
  }

  read(file: string): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }

  /**
   * Every HTML page, once, in path order: the pages of one locale folder come one after another,
   * so a step can finish one locale before the next begins.
   */
  *pages(): Generator<BuiltPage> {
    for (const file of [...this.files].filter((f) => f.endsWith('.html')).sort()) {
      const html = this.read(file);
      yield { file, url: fileUrl(this.base, file), html, facts: scanPage(html) };
    }
  }

  move(from: string, to: string): void {
    renameSync(join(this.dir, from), join(this.dir, to));
    this.files.delete(from);
    this.files.add(to);
    // Astro's folder for a page is left empty by the move.
    const folder = dirname(from);
    if (![...this.files].some((f) => f.startsWith(`${folder}/`))) rmdirSync(join(this.dir, folder));
  }

  write(file: string, content: string | Uint8Array): void {
    mkdirSync(dirname(join(this.dir, file)), { recursive: true });
    writeFileSync(join(this.dir, file), content);
    this.files.add(file);
  }

  /** Deletes a folder of dist/ and forgets its files. */
  removeFolder(folder: string): void {
    rmSync(join(this.dir, folder), { recursive: true, force: true });
    for (const f of this.files) if (f.startsWith(`${folder}/`)) this.files.delete(f);
  }
}

/** The one CSP every page of a built site carries (for docs/nginx.conf and its tests). */
export function builtSitePolicy(dir: string, base = '/'): string {
  const policy = sitePolicy();
  for (const page of new BuiltSite(dir, base).pages()) policy.add(page.file, page.facts.csp);
  return policy.result();
}
