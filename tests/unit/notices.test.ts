import { describe, expect, it } from 'vitest';
import { checkNotices, formatNoticeGaps, noticeGaps, noticesFor, type NoticeEntry } from '../../src/lib/content/notices.ts';
import { formatIssues } from '../../src/lib/content/schema-errors.ts';
import { noticeSchema } from '../../src/schemas/notice.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const notice = (locale: string, id: string, over: Partial<NoticeEntry['data']> = {}): NoticeEntry => ({
  locale,
  id,
  filePath: `content/notices/${locale}/${id}.md`,
  data: { from: day('2026-12-10'), until: day('2026-12-20'), articles: ['reset-password'], categories: [], tone: 'info', ...over },
});

describe('which notices an article shows on the day of the build', () => {
  const all = [
    notice('ru', 'menu-renamed'),
    notice('en', 'menu-renamed'),
    notice('ru', 'waiting-rule', { articles: [], categories: ['sign-in'], tone: 'warning', from: day('2026-12-01') }),
    notice('ru', 'ended', { from: day('2026-12-01'), until: day('2026-12-09') }),
    notice('ru', 'later', { from: day('2026-12-21'), until: day('2026-12-31') }),
  ];
  const at = (d: string, chain = ['ru'], slug = 'reset-password', category = 'sign-in') => noticesFor(all, { chain, slug, category, day: day(d) }).map((n) => `${n.locale}/${n.id}`);

  it('shows a notice from its first day to its last, both included, and not before or after', () => {
    expect(at('2026-12-09')).toEqual(['ru/waiting-rule', 'ru/ended']);
    expect(at('2026-12-10')).toEqual(['ru/waiting-rule', 'ru/menu-renamed']);
    expect(at('2026-12-20')).toEqual(['ru/waiting-rule', 'ru/menu-renamed']);
    expect(at('2026-12-21')).toEqual(['ru/later']);
  });

  it('shows it on the articles it names and on every article of the categories it names', () => {
    expect(at('2026-12-15', ['ru'], 'cannot-sign-in', 'sign-in')).toEqual(['ru/waiting-rule']);
    expect(at('2026-12-15', ['ru'], 'account-hacked', 'security')).toEqual([]);
  });

  it('shows a locale its own notices; a partial locale also its fallback languages’, its own first', () => {
    expect(at('2026-12-15', ['en'])).toEqual(['en/menu-renamed']);
    expect(at('2026-12-15', ['hi', 'en', 'ru'])).toEqual(['ru/waiting-rule', 'en/menu-renamed']);
  });
});

describe('the schema and the cross-file check of a notice', () => {
  const FILE = 'content/notices/ru/menu-renamed.md';
  const valid = { from: '2026-12-10', until: '2026-12-20', articles: ['reset-password'], tone: 'warning' };
  const problems = (data: Record<string, unknown>) => {
    const r = noticeSchema.safeParse(data);
    return r.success ? [] : formatIssues(FILE, r.error.issues, Object.keys(noticeSchema.shape));
  };

  it('accepts a notice and defaults its tone to info', () => {
    expect(problems(valid)).toEqual([]);
    expect(noticeSchema.parse({ ...valid, tone: undefined }).tone).toBe('info');
  });

  it('refuses an until before from, naming the file and the field', () => {
    expect(problems({ ...valid, until: '2026-12-01' })).toEqual([`${FILE}: until: 2026-12-01 is before from (2026-12-10) — expected the last day the notice is shown, on or after from`]);
  });

  it('refuses a notice that names no article or category, and an unknown tone', () => {
    expect(problems({ ...valid, articles: [] }).join('\n')).toMatch(/articles: missing — expected the articles the notice is shown on/);
    expect(problems({ ...valid, tone: 'danger' }).join('\n')).toMatch(/tone: expected one of info, warning, got "danger"/);
  });

  it('names an unknown article (with the closest slug) and an unknown category', () => {
    const n = notice('ru', 'menu-renamed', { articles: ['reset-pasword'], categories: ['signin'] });
    const out = checkNotices({
      notices: [n],
      articles: [{ locale: 'ru', slug: 'reset-password' }, { locale: 'en', slug: 'account-hacked' }],
      categories: [{ locale: 'ru', slug: 'sign-in' }, { locale: 'ru', slug: 'security' }],
      chain: (l) => [l],
    });
    expect(out).toEqual([
      `${n.filePath}: articles: no article "reset-pasword" in content/articles/ru/ (expected the slug of one of its 1 articles; did you mean "reset-password"?)`,
      `${n.filePath}: categories: no category "signin" in content/categories/ru/ (expected one of security, sign-in)`,
    ]);
  });
});

describe('notices a full locale has not translated (i18n:status)', () => {
  it('lists a notice that some full locales have and others lack, until it ends', () => {
    const notices = [notice('ru', 'menu-renamed'), notice('en', 'menu-renamed'), notice('ru', 'old', { until: day('2026-12-01') }), notice('ru', 'everywhere'), notice('en', 'everywhere'), notice('es', 'everywhere')];
    const gaps = noticeGaps(notices, ['ru', 'en', 'es'], day('2026-12-05'));
    expect(gaps).toEqual([{ id: 'menu-renamed', in: ['ru', 'en'], missing: ['es'] }]);
    expect(formatNoticeGaps(gaps)).toBe('Notices not yet in every full locale (until they end):\n  menu-renamed: in ru, en; missing in es — add content/notices/es/menu-renamed.md');
    expect(formatNoticeGaps([])).toBe('');
  });
});
