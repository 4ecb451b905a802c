#!/usr/bin/env node
/**
 * `npm run password:eval`: writes the password checker's evaluation set (tests/fixtures/password-eval.tsv,
 * one "category<TAB>password" a line) from the full word lists with a fixed seed; see
 * tests/support/password-eval.ts for what each category holds. The agreement test scores it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateEvalSet, toTsv, COUNTS } from '../tests/support/password-eval.ts';

const file = join(process.cwd(), 'tests/fixtures/password-eval.tsv');
mkdirSync(join(process.cwd(), 'tests/fixtures'), { recursive: true });
const set = generateEvalSet();
writeFileSync(file, toTsv(set));
console.log(`${set.length} passwords in ${Object.keys(COUNTS).length} categories → tests/fixtures/password-eval.tsv`);
