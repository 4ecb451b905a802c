/**
 * For `npm run i18n:status`: the dated notices (content/notices/<locale>/<id>.md) that some full
 * locales have and others lack, read from the files (no build). Notices that have ended are left out.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../i18n/locales.ts';
import { contentKind } from '../lib/content/model.ts';
import { frontmatterDate, frontmatterList, readFrontmatter } from '../lib/content/frontmatter.ts';
import { formatNoticeGaps, noticeGaps, type NoticeEntry } from '../lib/content/notices.ts';

export function readNotices(root: string): NoticeEntry[] {
  const { dir, ext } = contentKind('notices');
  const out: NoticeEntry[] = [];
  for (const { code } of LOCALES) {
    const folder = join(root, dir, code);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((n) => n.endsWith(ext)).sort()) {
      const fm = readFrontmatter(readFileSync(join(folder, name), 'utf8'));
      const from = frontmatterDate(fm.from);
      const until = frontmatterDate(fm.until);
      if (!from || !until) continue; // the build names a notice without its dates
      out.push({
        locale: code,
        id: name.slice(0, -ext.length),
        filePath: `${dir}/${code}/${name}`,
        data: { from, until, articles: frontmatterList(fm.articles), categories: frontmatterList(fm.categories), tone: fm.tone === 'warning' ? 'warning' : 'info' },
      });
    }
  }
  return out;
}

/** The status report's notice section: every notice a full locale still lacks. */
export function noticeStatusText(root: string, today: Date): string {
  const full = LOCALES.filter((l) => l.full).map((l) => l.code);
  return formatNoticeGaps(noticeGaps(readNotices(root), full, today));
}
