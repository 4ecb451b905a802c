/**
 * The one fixture site with a fallback page. Every locale of the real site is full, so the real
 * dist/ has no fallback page; this small copy of the project (the articles the site links to, see
 * fixtureProject's `small`) has one: Arabic is marked partial (as a new
 * locale would be) and content/articles/ar/strong-password.mdx is removed, so /ar/strong-password/
 * shows the English article with the fallback notice.
 *
 * It also carries the component probes of tests/build/editor-components.test.ts (a Figure, Callouts
 * without a title, Kbd, and links to a section from the English strong-password), so that file
 * needs no build of its own.
 *
 * Built once and shared by every file that reads it (tests/support/shared-build.ts).
 */
import { png, withFigure } from './editor.ts';
import type { FixtureBuild, FixtureProject } from './fixture.ts';
import { sharedBuild } from './shared-build.ts';

const NAME = 'fallback-site';
/** The page that is a fallback in this fixture, and the article it shows. */
export const FALLBACK = { url: '/ar/strong-password/', locale: 'ar', slug: 'strong-password', shows: 'en' } as const;

function recipe(f: FixtureProject) {
  f.remove(`content/articles/${FALLBACK.locale}/${FALLBACK.slug}.mdx`);
  const locales = 'src/i18n/locales.ts';
  const text = f.read(locales);
  const partial = text.replace(/(\{ code: 'ar',[^}]*\bfull: )true\b/, '$1false');
  if (partial === text) throw new Error(`${NAME}: ${locales} has no "full: true" for ar to turn into a partial locale`);
  f.write(locales, partial);
  // A block the partial locale lacks: shown in its fallback language (tests/build/blocks.test.ts).
  f.remove(`content/blocks/${FALLBACK.locale}/never-share-codes.mdx`);

  // Component probes (tests/build/editor-components.test.ts).
  f.write('content/images/editor-figure.png', png(1600, 900) as unknown as string);
  const ru = 'content/articles/ru/reset-password.mdx';
  f.write(
    ru,
    withFigure(
      f.read(ru),
      '<Figure src={shot} alt="Экран «Забыли пароль?» в настройках" caption="Так выглядит экран сброса пароля." />\n\n<Callout type="warning">\n\nПроверка метки.\n\n</Callout>\n\nНажмите <Kbd>Ctrl</Kbd>.',
    ),
  );
  const add = (path: string, mdx: string) => f.write(path, f.read(path).replace('\n## ', `\n${mdx}\n\n## `));
  add('content/articles/es/reset-password.mdx', '<Callout type="danger">\n\nPrueba.\n\n</Callout>');
  add('content/articles/ar/reset-password.mdx', '<Callout>\n\nاختبار.\n\n</Callout>');
  add(
    'content/articles/en/strong-password.mdx',
    '<Callout type="tip">\n\nLabel check.\n\n</Callout>\n\nSee [the browser steps](/reset-password/#reset-in-a-browser) or [the whole article](/reset-password/).',
  );
}

/** The fixture's build (built now, or by an earlier caller with the same sources). */
export function fallbackSite(): FixtureBuild {
  return sharedBuild({ name: NAME, options: { small: [] }, prepare: recipe, modules: [import.meta.url, new URL('editor.ts', import.meta.url).href] });
}
