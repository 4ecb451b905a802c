import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built site under test; DIST_DIR lets parallel work build elsewhere (`astro build --outDir`). */
export const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');
/** Scratch space for extra builds (base path, fixtures); ignored by git. */
export const TMP = join(ROOT, 'tests', '.tmp');
