import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The inline scripts the layouts embed verbatim (imported with ?raw and trimmed); each must be hashed for the CSP. Paths are relative to the project root. */
export const INLINE_SCRIPTS = ['src/browser/theme-init.js'];

export function readInlineScript(path: string): string {
  return readFileSync(path, 'utf8').trim();
}

export function sha256(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}

export function inlineScriptHashes(): `sha256-${string}`[] {
  return INLINE_SCRIPTS.map((p) => sha256(readInlineScript(p)));
}
