import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');
/** Scratch space for extra builds (base path, fixtures); ignored by git. */
export const TMP = join(ROOT, 'tests', '.tmp');
