/**
 * The password checker's scorers in Node: the shipped one (the committed packs a page in `lang`
 * loads, decoded by the same code as in the browser) and the reference over today's full lists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packsFor, type PackName } from '../../src/lib/password/packs.ts';
import { scorerFromPacks } from '../../src/lib/password/load.ts';
import { createScorer, type Scorer } from '../../src/lib/password/scorer.ts';
import { allSourceLists, sourceGraphs } from '../../src/lib/password/sources.ts';
import { ROOT } from './paths.ts';

export const PACK_DIR = join(ROOT, 'src/lib/password/packs');

export const packText = (name: PackName) => readFileSync(join(PACK_DIR, `${name}.txt`), 'utf8');

/** What a page in `lang` scores with. */
export const shippedScorer = (lang: string): Scorer => scorerFromPacks(packsFor(lang).map(packText));

/** Today's full lists: every language's, as the checker loaded them before packs. */
export const fullScorer = (): Scorer => createScorer({ lists: allSourceLists(), graphs: sourceGraphs() });
