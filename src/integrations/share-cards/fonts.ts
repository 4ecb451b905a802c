/**
 * The share cards' fonts and what their drawing depends on. The TTF files come from npm packages
 * (@expo-google-fonts/*, SIL Open Font License 1.1; nothing is fetched at build time): Noto Sans
 * (Latin with Vietnamese, Cyrillic, Greek), Noto Sans Arabic and Noto Sans Devanagari, each Regular
 * and Bold. Another script (Thai, Chinese…) needs its Noto package added here, and its family in
 * FAMILIES (src/lib/share-card/layout.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const FONTS = [
  { family: 'Noto Sans', pkg: '@expo-google-fonts/noto-sans', prefix: 'NotoSans' },
  { family: 'Noto Sans Arabic', pkg: '@expo-google-fonts/noto-sans-arabic', prefix: 'NotoSansArabic' },
  { family: 'Noto Sans Devanagari', pkg: '@expo-google-fonts/noto-sans-devanagari', prefix: 'NotoSansDevanagari' },
] as const;

export function fontFiles(): { family: string; weight: 400 | 700; file: string }[] {
  return FONTS.flatMap(({ family, pkg, prefix }) =>
    ([[400, '400Regular'], [700, '700Bold']] as const).map(([weight, w]) => ({ family, weight, file: require.resolve(`${pkg}/${w}/${prefix}_${w}.ttf`) })),
  );
}

/** The renderer's and the fonts' versions: part of every card's cache key. */
export function rendererVersions(): string {
  const version = (pkg: string) => (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  return ['@napi-rs/canvas', ...FONTS.map((f) => f.pkg)].map((p) => `${p}@${version(p)}`).join(' ');
}
