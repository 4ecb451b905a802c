/**
 * Reusable blocks (content/blocks/<locale>/<id>.mdx), found through a locale's fallback chain: a
 * partial locale without a block's text shows the nearest language that has it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { fallbackChain, type Locale } from '../i18n/index.ts';
import { splitId } from '../lib/translations/pairing.ts';

export type BlockEntry = CollectionEntry<'blocks'>;

let byId: Promise<Map<string, BlockEntry>> | undefined;

/** Every block file, by `<locale>/<id>`. */
export function loadBlocks(): Promise<Map<string, BlockEntry>> {
  byId ??= getCollection('blocks').then((all) => new Map(all.map((e) => [e.id, e])));
  return byId;
}

/** The block `id` in `locale`, else in the first language of its fallback chain that has it. */
export async function findBlock(id: string, locale: Locale): Promise<{ entry: BlockEntry; lang: Locale } | undefined> {
  const blocks = await loadBlocks();
  for (const lang of fallbackChain(locale)) {
    const entry = blocks.get(`${lang}/${id}`);
    if (entry) return { entry, lang };
  }
  return undefined;
}

/** Ids of the blocks written in each locale. */
export async function blockIdsByLocale(): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  for (const key of (await loadBlocks()).keys()) {
    const { locale, slug } = splitId(key);
    if (!out.has(locale)) out.set(locale, new Set());
    out.get(locale)!.add(slug);
  }
  return out;
}
