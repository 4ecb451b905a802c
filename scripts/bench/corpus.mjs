/**
 * Synthetic benchmark corpus: N articles per locale in ru, en and es, written into a copy of the
 * project's content/ next to the real articles (the real ones count toward N, so every page,
 * FAQ entry and recovery step that links to a real article keeps working). Synthetic articles
 * are translations of each other (same slug, same structure in every locale), valid against
 * src/schemas/article.ts, and look like the real ones: headings, paragraphs, lists, <Steps>,
 * <Callout>, <UiPath>, <OfficialLink>, links to other articles, aliases. Categories and FAQ
 * entries grow with N. Deterministic: the same N and seed give the same files.
 *
 * toStarlight() turns the same corpus into a Starlight docs tree (components mapped to
 * Starlight's own) for the side-by-side build.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AR_CATEGORY, DEVICES, HOSTS, LANG } from './vocab.mjs';
import { frontmatterList, readFrontmatter, splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { isoDay } from '../../src/lib/content/dates.ts';
import { mulberry32 as rng } from '../lib/random.ts';

export const CORPUS_LOCALES = ['ru', 'en', 'es'];

const hash = (...parts) => {
  let h = 2166136261;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
};

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const slugify = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const q = (s) => JSON.stringify(s);

function listDir(dir, ext) {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort() : [];
}

/** Frontmatter of our files, read with the site's own reader: lists as arrays, whole numbers as numbers. */
export function parseFrontmatter(text) {
  const data = {};
  for (const [key, value] of Object.entries(readFrontmatter(text))) {
    data[key] = /^\[.*\]$/.test(value) ? frontmatterList(value) : /^\d+$/.test(value) ? Number(value) : value;
  }
  return { data, body: splitFrontmatter(text).body };
}

/**
 * Long-tail vocabulary: pseudo-words built from the language's syllables, drawn with a 1/rank
 * (Zipf-like) distribution over a pool that grows with the corpus, as real vocabularies do.
 */
function makeTerms(lang, poolSize) {
  const syl = LANG[lang].syllables;
  const cache = new Map();
  const word = (k) => {
    let w = cache.get(k);
    if (w) return w;
    const r = rng(hash(lang, 'term', String(k)));
    const len = 2 + Math.floor(r() * 3);
    w = '';
    for (let i = 0; i < len; i++) w += syl[Math.floor(r() * syl.length)];
    cache.set(k, w);
    return w;
  };
  return (r) => {
    const pick = () => word(Math.floor(Math.exp(r() * Math.log(poolSize))));
    return r() < 0.5 ? pick() : `${pick()} ${pick()}`;
  };
}

/** Plan shared by every locale of one synthetic article (so translations have the same shape). */
function planArticle(i, seed, slugs, categories, realSlugs) {
  const r = rng(hash(String(seed), 'plan', String(i)));
  const pick = (n) => Math.floor(r() * n);
  const sections = 4 + pick(3);
  const stepsAt = pick(sections);
  const related = new Set();
  while (related.size < 2 + pick(3)) {
    const s = r() < 0.15 && realSlugs.length ? realSlugs[pick(realSlugs.length)] : slugs[pick(slugs.length)];
    if (s !== slugs[i]) related.add(s);
  }
  return {
    title: pick(6),
    action: i % 16, // the slug is made from the same action
    problem: pick(11),
    device: pick(DEVICES.length),
    description: pick(3),
    category: categories[pick(categories.length)],
    related: [...related],
    sections: Array.from({ length: sections }, (_, k) => ({
      heading: pick(14),
      paragraphs: 1 + pick(2),
      list: r() < 0.4,
      steps: k === stepsAt || r() < 0.15 ? 5 + pick(4) : 0,
      callout: r() < 0.2 ? pick(4) : -1,
      sub: r() < 0.2 ? pick(4) : -1,
      link: r() < 0.5,
    })),
    topCallout: r() < 0.25 ? pick(4) : -1,
    aliases: 2 + pick(5),
    day: pick(600),
    bodySeed: hash(String(seed), 'body', String(i)),
  };
}

function fill(template, v, r) {
  const L = v.L;
  return template
    .replaceAll('{Action}', cap(L.actions[v.plan.action]))
    .replaceAll('{action}', L.actions[v.plan.action])
    .replaceAll('{problem}', L.problems[v.plan.problem])
    .replaceAll('{device}', () => (r() < 0.5 ? DEVICES[Math.floor(r() * DEVICES.length)] : DEVICES[v.plan.device]))
    .replaceAll('{thing}', () => L.things[Math.floor(r() * L.things.length)])
    .replaceAll('{menu2}', () => L.menus[Math.floor(r() * L.menus.length)])
    .replaceAll('{menu}', () => L.menus[Math.floor(r() * L.menus.length)])
    .replaceAll('{host}', () => HOSTS[Math.floor(r() * HOSTS.length)])
    .replaceAll('{term}', () => v.term(r));
}

function fitTitle(s) {
  return s.length <= 90 ? s : `${s.slice(0, 87).replace(/\s+\S*$/, '')}…`;
}
function fitDescription(s, L) {
  let d = s;
  while (d.length < 50) d += ` ${cap(L.things[d.length % L.things.length])}.`;
  if (d.length > 160) d = `${d.slice(0, 157).replace(/\s+\S*$/, '')}…`;
  return d;
}

function articleFile(lang, i, plan, ctx) {
  const L = LANG[lang];
  const v = { L, plan, term: ctx.terms[lang] };
  const r = rng(plan.bodySeed); // same draws in each locale: parallel structure
  const sentence = () => {
    const o = fill(L.openers[Math.floor(r() * L.openers.length)], v, r);
    const c = fill(L.clauses[Math.floor(r() * L.clauses.length)], v, r);
    return `${cap(o + c)}.`;
  };
  const paragraph = (n = 2 + Math.floor(r() * 3)) => Array.from({ length: n }, sentence).join(' ');
  const link = () => {
    const target = plan.related[Math.floor(r() * plan.related.length)];
    const t = ctx.titles[lang].get(target) ?? target;
    return fill(L.seeAlso[Math.floor(r() * L.seeAlso.length)], v, r).replace('{title}', t.replace(/[[\]]/g, '')).replace('{slug}', target);
  };
  const callout = (k) => {
    const [type, title] = L.callouts[k];
    return `<Callout type="${type}" title=${q(title)}>\n\n${L.calloutText[k]} ${sentence()}\n\n</Callout>`;
  };
  const out = [paragraph(2 + Math.floor(r() * 2))];
  if (plan.topCallout >= 0) out.push(callout(plan.topCallout));
  for (const s of plan.sections) {
    out.push(`## ${fill(L.headings[s.heading], v, r)}`);
    for (let p = 0; p < s.paragraphs; p++) out.push(paragraph());
    if (s.list) out.push(Array.from({ length: 3 + Math.floor(r() * 3) }, () => `- ${fill(L.listItems[Math.floor(r() * L.listItems.length)], v, r)}`).join('\n'));
    if (s.steps) {
      const steps = Array.from({ length: s.steps }, (_, k) => `${k + 1}. ${fill(L.steps[Math.floor(r() * L.steps.length)], v, r)}`);
      out.push(`<Steps>\n\n${steps.join('\n')}\n\n</Steps>`);
    }
    if (s.sub >= 0) out.push(`### ${L.sub[s.sub]}`, paragraph());
    if (s.callout >= 0) out.push(callout(s.callout));
    if (s.link) out.push(`${paragraph(1)} ${link()}`);
  }
  out.push(`${paragraph(1)} ${link()}`);

  const date = isoDay(new Date(Date.UTC(2025, 0, 1) + plan.day * 86400000));
  const ra = rng(plan.bodySeed ^ 0x9e3779b9);
  const aliases = new Set();
  while (aliases.size < plan.aliases) aliases.add(ra() < 0.7 ? L.aliases[Math.floor(ra() * L.aliases.length)] : v.term(ra));
  const fm = [
    '---',
    `title: ${q(ctx.titles[lang].get(ctx.slugs[i]))}`,
    `description: ${q(fitDescription(fill(L.descriptions[plan.description], v, rng(plan.bodySeed ^ 2)), L))}`,
    `category: ${plan.category}`,
    `order: ${100 + i}`,
    `updated: ${date}`,
    `reviewed: ${date}`,
    `aliases: [${[...aliases].map(q).join(', ')}]`,
    `related: [${plan.related.join(', ')}]`,
    ...(lang === 'ru' ? [] : [`translatedFrom: ${date}`]),
    '---',
  ];
  return `${fm.join('\n')}\n\n${out.join('\n\n')}\n`;
}

/**
 * Leaves only `codes` in a copy of the project: their entries in src/i18n/locales.ts, and no content
 * file or folder of any other locale (a folder or file named by its code anywhere under content/). The scale
 * bench compares like for like with it: the Starlight copy has ru, en, es and ar, and with the
 * site's nine languages ours would render five more languages' fallback pages (9,290 pages against
 * Starlight's 4,009 at 1,000 per locale). Returns the codes removed.
 */
export function keepLocales(root, codes) {
  const file = join(root, 'src', 'i18n', 'locales.ts');
  const removed = [];
  const text = readFileSync(file, 'utf8').replace(/^\s*\{ code: '([a-z-]+)'[^\n]*\},\n/gm, (line, code) => {
    if (codes.includes(code)) return line;
    removed.push(code);
    return '';
  });
  const missing = codes.filter((c) => !text.includes(`code: '${c}'`));
  if (missing.length) throw new Error(`keepLocales: no entry for ${missing.join(', ')} in ${file}`);
  writeFileSync(file, text);
  const walk = (dir) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, name.name);
      const stem = name.isDirectory() ? name.name : name.name.replace(/\.[^.]+$/, '');
      if (removed.includes(stem)) rmSync(path, { recursive: true, force: true });
      else if (name.isDirectory()) walk(path);
    }
  };
  walk(join(root, 'content'));
  return removed;
}

/**
 * Adds the synthetic corpus to `root`/content (a copy of the project). Returns what was written.
 * `n`: articles per locale in ru, en and es, real ones included.
 */
export function writeCorpus({ root, n, seed = 1 }) {
  const content = join(root, 'content');
  const realSlugs = listDir(join(content, 'articles', 'ru'), '.mdx');
  const realCategories = listDir(join(content, 'categories', 'ru'), '.yaml');
  const synthetic = Math.max(0, n - realSlugs.length);
  const slugs = [];
  for (let i = 0; i < synthetic; i++) {
    const a = LANG.en.actions[i % LANG.en.actions.length];
    slugs.push(`${slugify(a)}-${String(i + 1).padStart(4, '0')}`);
  }
  const extraCategories = Math.max(0, Math.round(n / 40) - realCategories.length);
  const catIds = Array.from({ length: extraCategories }, (_, k) => `topics-${k + 1}`);
  const categories = [...realCategories, ...catIds];

  // Categories (in every locale folder that has categories, Arabic included).
  for (const lang of readdirSync(join(content, 'categories'))) {
    const c = lang === 'ar' ? AR_CATEGORY : LANG[lang]?.category;
    if (!c) continue;
    catIds.forEach((id, k) => {
      const t = (s) => s.replaceAll('{n}', String(k + 1));
      writeFileSync(join(content, 'categories', lang, `${id}.yaml`), `title: ${q(t(c.title))}\ndescription: ${q(t(c.description))}\norder: ${10 + k}\n`);
    });
  }

  const plans = slugs.map((_, i) => planArticle(i, seed, slugs, categories, realSlugs));
  const poolSize = 2000 + 40 * n;
  const terms = Object.fromEntries(CORPUS_LOCALES.map((l) => [l, makeTerms(l, poolSize)]));
  const titles = {};
  for (const lang of CORPUS_LOCALES) {
    const m = new Map();
    for (const s of listDir(join(content, 'articles', lang), '.mdx')) {
      m.set(s, parseFrontmatter(readFileSync(join(content, 'articles', lang, `${s}.mdx`), 'utf8')).data.title ?? s);
    }
    plans.forEach((p, i) => m.set(slugs[i], fitTitle(`${fill(LANG[lang].titles[p.title], { L: LANG[lang], plan: p, term: terms[lang] }, rng(p.bodySeed ^ 1))} (${i + 1})`)));
    titles[lang] = m;
  }
  const ctx = { slugs, titles, terms };
  let bytes = 0;
  for (const lang of CORPUS_LOCALES) {
    mkdirSync(join(content, 'articles', lang), { recursive: true });
    plans.forEach((p, i) => {
      const text = articleFile(lang, i, p, ctx);
      bytes += Buffer.byteLength(text);
      writeFileSync(join(content, 'articles', lang, `${slugs[i]}.mdx`), text);
    });
  }

  // FAQ grows with the corpus: one entry per 20 articles (the real entries count).
  const realFaq = listDir(join(content, 'faq', 'ru'), '.md').length;
  const faqCount = Math.max(0, Math.ceil(n / 20) - realFaq);
  for (const lang of CORPUS_LOCALES) {
    const L = LANG[lang];
    for (let k = 0; k < faqCount && slugs.length; k++) {
      const p = plans[(k * 7) % plans.length];
      const v = { L, plan: p, term: terms[lang] };
      const r = rng(hash(String(seed), 'faq', String(k)));
      const text = [
        '---',
        `question: ${q(fill(L.faq.question, v, r))}`,
        `category: ${p.category}`,
        `related: ${slugs[(k * 7) % plans.length]}`,
        `order: ${100 + k}`,
        '---',
        fill(L.faq.answer, v, r),
        '',
      ].join('\n');
      writeFileSync(join(content, 'faq', lang, `bench-faq-${k + 1}.md`), text);
    }
  }
  // Arabic keeps its real articles only: it is a partial locale here (a full one must have every article, and the build stops).
  const locales = join(root, 'src', 'i18n', 'locales.ts');
  const text = readFileSync(locales, 'utf8');
  const partial = text.replace(/(\{ code: '([\w-]+)',[^}]*\bfull: )true\b/g, (m, lead, code) => (CORPUS_LOCALES.includes(code) ? m : `${lead}false`));
  if (partial !== text) writeFileSync(locales, partial);
  return {
    articlesPerLocale: realSlugs.length + slugs.length,
    realArticlesPerLocale: realSlugs.length,
    syntheticArticlesPerLocale: slugs.length,
    categories: categories.length,
    faqPerLocale: realFaq + faqCount,
    mdxBytes: bytes,
    /** A synthetic article near the middle, the one whose first view is measured. */
    sampleSlug: slugs[Math.floor(slugs.length / 2)] ?? realSlugs[0],
    sampleQuery: { ru: 'пароль', en: 'password', es: 'contraseña' },
  };
}

// ── Starlight ────────────────────────────────────────────────────────────────────────────

const ASIDE = { note: 'note', tip: 'tip', warning: 'caution', danger: 'danger' };

/** Our MDX components → Starlight's (Steps, Aside) or plain HTML; locale-relative links → Starlight URLs. */
function starlightBody(body, lang, urlOf) {
  return body
    .replace(/<Callout\s+type="(\w+)"(?:\s+title=("[^"]*"|\{[^}]*\}))?\s*>/g, (_, type, title) => `<Aside type="${ASIDE[type] ?? 'note'}"${title ? ` title=${title}` : ''}>`)
    .replace(/<Callout\s*>/g, '<Aside>')
    .replace(/<\/Callout>/g, '</Aside>')
    .replace(/<UiPath\s+path="([^"]*)"\s*\/>/g, (_, p) => p.split(/\s+>\s+/).map((s) => `<kbd>${s}</kbd>`).join(' → '))
    .replace(/<OfficialLink\s+href="([^"]*)"\s*>/g, '<a href="$1">')
    .replace(/<\/OfficialLink>/g, '</a>')
    .replace(/<Kbd>/g, '<kbd>')
    .replace(/<\/Kbd>/g, '</kbd>')
    .replace(/<Figure[^>]*\/>/g, '')
    // Any other component of ours (none exists in Starlight): drop it, keep what it wraps.
    .replace(/<\/?(?!Aside\b|Steps\b)[A-Z][A-Za-z]*\b[^>]*>/g, '')
    .replace(/\]\((\/[^)\s]*)\)/g, (_, href) => `](${urlOf(lang, href)})`);
}

/**
 * Writes the corpus in `contentDir` (ours) as a Starlight site in `dir` (its src/, dist/ and caches are
 * cleared first; an existing package.json — the one npm wrote with the installed versions — is kept): src/content/docs/<lang>/<category>/<slug>.mdx,
 * a home and an FAQ page per locale, the sidebar grouped by category (collapsed), four locales with Arabic RTL.
 */
export function toStarlight({ contentDir, dir, locales, dependencies = {} }) {
  const docs0 = join(dir, 'src');
  for (const d of [docs0, join(dir, 'dist'), join(dir, '.astro'), join(dir, '.bench-cache')]) rmSync(d, { recursive: true, force: true });
  const docs = join(dir, 'src', 'content', 'docs');
  const categoryOf = new Map();
  const articles = [];
  for (const lang of locales.map((l) => l.code)) {
    for (const slug of listDir(join(contentDir, 'articles', lang), '.mdx')) {
      const { data, body } = parseFrontmatter(readFileSync(join(contentDir, 'articles', lang, `${slug}.mdx`), 'utf8'));
      articles.push({ lang, slug, data, body });
      if (lang === 'ru' || !categoryOf.has(slug)) categoryOf.set(slug, data.category);
    }
  }
  const urlOf = (lang, href) => {
    const [path, hashPart] = href.split('#');
    const slug = path.replace(/^\/|\/$/g, '');
    const target = categoryOf.has(slug) ? `/${lang}/${categoryOf.get(slug)}/${slug}/` : `/${lang}/`;
    return hashPart ? `${target}#${hashPart}` : target;
  };
  for (const a of articles) {
    const file = join(docs, a.lang, categoryOf.get(a.slug), `${a.slug}.mdx`);
    mkdirSync(join(file, '..'), { recursive: true });
    const fm = ['---', `title: ${q(a.data.title)}`, `description: ${q(a.data.description)}`, `sidebar:`, `  order: ${a.data.order ?? 100}`, '---'];
    const imports = "import { Aside, Steps } from '@astrojs/starlight/components';";
    writeFileSync(file, `${fm.join('\n')}\n${imports}\n\n${starlightBody(a.body, a.lang, urlOf)}`);
  }
  const categories = listDir(join(contentDir, 'categories', 'ru'), '.yaml');
  const catTitle = (lang, id) => {
    const f = join(contentDir, 'categories', lang, `${id}.yaml`);
    if (!existsSync(f)) return undefined;
    const m = /^title:\s*(.*)$/m.exec(readFileSync(f, 'utf8'));
    return m ? (m[1].startsWith('"') ? JSON.parse(m[1]) : m[1]) : id;
  };
  for (const { code } of locales) {
    mkdirSync(join(docs, code), { recursive: true });
    const faqDir = join(contentDir, 'faq', code);
    const faq = listDir(faqDir, '.md').map((id) => parseFrontmatter(readFileSync(join(faqDir, `${id}.md`), 'utf8')));
    faq.sort((x, y) => (x.data.order ?? 100) - (y.data.order ?? 100));
    const faqBody = faq.map((f) => `## ${f.data.question}\n\n${starlightBody(f.body.trim(), code, urlOf)}\n\n[→](${urlOf(code, `/${f.data.related}/`)})`).join('\n\n');
    writeFileSync(join(docs, code, 'faq.mdx'), `---\ntitle: FAQ\ndescription: "Frequently asked questions about the Xiaomi account."\n---\n\n${faqBody}\n`);
    const cats = categories.map((c) => `- ${catTitle(code, c) ?? catTitle('ru', c)}`).join('\n');
    writeFileSync(join(docs, code, 'index.mdx'), `---\ntitle: "Xiaomi Account Help"\ndescription: "An independent guide for people who cannot get into their Xiaomi account."\n---\n\n${cats}\n`);
  }
  const sidebar = categories.map((c) => ({
    label: catTitle('ru', c),
    translations: Object.fromEntries(locales.filter((l) => l.code !== 'ru').map((l) => [l.code, catTitle(l.code, c) ?? catTitle('ru', c)])),
    collapsed: true,
    items: [{ autogenerate: { directory: c } }],
  }));
  const starlightLocales = Object.fromEntries(locales.map((l) => [l.code, { label: l.label, lang: l.code, ...(l.dir === 'rtl' ? { dir: 'rtl' } : {}) }]));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://mi-account-help.example',
  cacheDir: './.bench-cache/',
  integrations: [starlight({
    title: 'Xiaomi Account Help',
    defaultLocale: 'ru',
    locales: ${JSON.stringify(starlightLocales)},
    sidebar: ${JSON.stringify(sidebar)},
  })],
});
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  // Astro finds the packages to bundle (Starlight among them) through the dependencies listed here.
  if (!existsSync(join(dir, 'package.json'))) {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', dependencies }, null, 2));
  }
  return { articles: articles.length, categories: categories.length, urlOf };
}
