#!/usr/bin/env node
/**
 * `npm run new -- <slug> [--locale ru] [--category <id>]`: creates a valid draft article.
 * `npm run new -- <slug> --translate <locale>`: copies the Russian original into <locale> as a
 * draft with `translatedFrom` set. Never overwrites a file. Run from the project root (npm does that).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCALE_CODES, SOURCE_LOCALE } from '../src/i18n/locales.ts';
import { newArticleText, today, translationText } from '../src/lib/content/scaffold.ts';
import { frontmatterDate, readFrontmatter } from '../src/lib/content/frontmatter.ts';
import { SLUG, SLUG_RULE } from '../src/lib/content/slug.ts';
import { contentPath } from '../src/lib/translations/status.ts';

const USAGE = `usage: npm run new -- <slug> [--locale ${SOURCE_LOCALE}] [--category <id>]
       npm run new -- <slug> --translate <locale>`;

function fail(message) {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const options = { slug: undefined, locale: undefined, category: undefined, translate: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const flag = /^--(locale|category|translate)(?:=(.*))?$/.exec(a);
    if (flag) {
      const value = flag[2] ?? argv[++i];
      if (!value || value.startsWith('--')) fail(`--${flag[1]} needs a value\n${USAGE}`);
      options[flag[1]] = value;
    } else if (a.startsWith('-')) {
      fail(`unknown option "${a}"\n${USAGE}`);
    } else if (options.slug === undefined) {
      options.slug = a;
    } else {
      fail(`expected one slug, got "${options.slug}" and "${a}"\n${USAGE}`);
    }
  }
  return options;
}

const root = process.cwd();
const abs = (p) => join(root, p);
const { slug, locale, category, translate } = parseArgs(process.argv.slice(2));

if (!slug) fail(`expected the new article's slug (its file name and URL)\n${USAGE}`);
if (!SLUG.test(slug)) fail(`"${slug}" is not a valid slug — expected ${SLUG_RULE}`);
const checkLocale = (code, flag) => {
  if (!LOCALE_CODES.includes(code)) fail(`${flag} "${code}" is not a site locale — expected one of ${LOCALE_CODES.join(', ')}`);
};

function categoriesOf(code) {
  const dir = abs(`content/categories/${code}`);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => {
      const order = /^order:\s*(\d+)/m.exec(readFileSync(join(dir, n), 'utf8'));
      return { id: n.slice(0, -'.yaml'.length), order: order ? Number(order[1]) : 100 };
    })
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

function create(path, text) {
  if (existsSync(abs(path))) fail(`${path} already exists — not overwriting it; edit that file or choose another slug`);
  mkdirSync(dirname(abs(path)), { recursive: true });
  writeFileSync(abs(path), text, { flag: 'wx' });
}

if (translate !== undefined) {
  if (locale !== undefined) fail('use either --locale (new article) or --translate (translation), not both');
  if (category !== undefined) fail('--category is taken from the original when translating; change it in the original instead');
  checkLocale(translate, '--translate');
  if (translate === SOURCE_LOCALE) fail(`${SOURCE_LOCALE} is the source language — expected the locale to translate into (${LOCALE_CODES.filter((c) => c !== SOURCE_LOCALE).join(', ')})`);
  const source = contentPath('article', SOURCE_LOCALE, slug);
  if (!existsSync(abs(source))) fail(`${source} does not exist — expected the slug of an existing ${SOURCE_LOCALE} article to translate`);
  const target = contentPath('article', translate, slug);
  if (existsSync(abs(target))) fail(`${target} already exists — not overwriting it; update that translation and its translatedFrom instead`);
  const sourceText = readFileSync(abs(source), 'utf8');
  const fm = readFrontmatter(sourceText);
  const updated = frontmatterDate(fm.updated);
  if (!updated) fail(`${source}: updated: expected a date written as YYYY-MM-DD, got "${fm.updated ?? ''}"`);
  const cat = fm.category ?? '';
  if (!existsSync(abs(`content/categories/${translate}/${cat}.yaml`))) {
    fail(`content/categories/${translate}/${cat}.yaml does not exist — translate the category "${cat}" first (copy content/categories/${SOURCE_LOCALE}/${cat}.yaml)`);
  }
  const translatedFrom = fm.updated;
  create(target, translationText(sourceText, { translatedFrom, today: today() }));
  console.log(`Created ${target}
  a draft copy of ${source} with translatedFrom: ${translatedFrom}
Next: translate the title, description, aliases and text (keep the components and the link paths),
delete the line "draft: true", then run npm run build. See docs/editing.md.`);
} else {
  const code = locale ?? SOURCE_LOCALE;
  checkLocale(code, '--locale');
  const target = contentPath('article', code, slug);
  if (existsSync(abs(target))) fail(`${target} already exists — not overwriting it; edit that file or choose another slug`);
  if (code !== SOURCE_LOCALE && existsSync(abs(contentPath('article', SOURCE_LOCALE, slug)))) {
    fail(`${contentPath('article', SOURCE_LOCALE, slug)} exists — to translate it run: npm run new -- ${slug} --translate ${code}`);
  }
  const cats = categoriesOf(code);
  if (!cats.length) fail(`content/categories/${code}/ has no categories — expected at least one <id>.yaml there`);
  const chosen = category ?? cats[0].id;
  if (!cats.some((c) => c.id === chosen)) fail(`--category "${chosen}" does not exist in content/categories/${code}/ — expected one of ${cats.map((c) => c.id).join(', ')}`);
  create(target, newArticleText({ category: chosen, today: today() }));
  console.log(`Created ${target} (draft, category: ${chosen}${category ? '' : ` — other categories: ${cats.map((c) => c.id).filter((c) => c !== chosen).join(', ')}`})
Next: write the title, description and text, delete the line "draft: true" when it is ready,
then run npm run build. See docs/editing.md.`);
}
