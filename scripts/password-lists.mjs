#!/usr/bin/env node
/**
 * `npm run password:lists`: writes the password checker's packed word lists to
 * src/lib/password/packs/<name>.txt from the full lists (zxcvbn-ts's language packages and our
 * Russian lists), following the plan in src/lib/password/build-packs.ts, and prints their sizes.
 * Run it after changing the plan, the Russian lists or a @zxcvbn-ts/language-* version; a unit
 * test fails while the committed packs are not what this writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPacks } from '../src/lib/password/build-packs.ts';
import { packsFor, PACK_NAMES } from '../src/lib/password/packs.ts';
import { LOCALE_CODES } from '../src/i18n/locales.ts';

const dir = join(process.cwd(), 'src/lib/password/packs');
mkdirSync(dir, { recursive: true });
const packs = buildPacks();
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = Object.fromEntries(PACK_NAMES.map((n) => [n, gzipSync(packs[n], { level: 9 }).length]));
for (const name of PACK_NAMES) {
  writeFileSync(join(dir, `${name}.txt`), packs[name]);
  console.log(`${name.padEnd(8)} ${kb(Buffer.byteLength(packs[name])).padStart(9)} ${kb(gz[name]).padStart(9)} gzip`);
}
for (const lang of LOCALE_CODES) console.log(`${lang}: ${packsFor(lang).join(' + ')} = ${kb(packsFor(lang).reduce((s, n) => s + gz[n], 0))} gzip`);
