/**
 * Emptying the output folder without waiting for it. Astro empties `outDir` before bundling, one file
 * at a time and synchronously: after a build of a large site (15,000 files at 1,000 articles a
 * locale) that took 25–45 s of an incremental build on a busy 2-core machine, with the CPU idle.
 * Instead the old folder is moved into the cache folder (one rename) and removed there while Astro
 * bundles. Where a rename cannot do it (another file system, a symlink, a folder holding `.git`,
 * which Astro keeps), the folder is emptied as Astro does. The new output is the same either way.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

const TRASH = 'old-output-';

/** Returns when `outDir` is empty or gone; the promise settles when the old files are removed. */
export function clearOutDir(outDir: string, cacheDir: string): Promise<void> {
  mkdirSync(cacheDir, { recursive: true });
  // Left by a build that stopped before its removal finished.
  const leftovers = readdirSync(cacheDir).filter((n) => n.startsWith(TRASH)).map((n) => join(cacheDir, n));
  const removing = leftovers.map((p) => rm(p, { recursive: true, force: true, maxRetries: 3 }));
  if (existsSync(outDir)) {
    const own = lstatSync(outDir);
    const movable = own.isDirectory() && !own.isSymbolicLink() && own.dev === statSync(cacheDir).dev && !existsSync(join(outDir, '.git'));
    const trash = join(cacheDir, `${TRASH}${process.pid}`);
    let moved = false;
    if (movable) {
      try {
        renameSync(outDir, trash);
        moved = true;
      } catch {
        // Not movable after all (a mount point, permissions): emptied below.
      }
    }
    if (moved) removing.push(rm(trash, { recursive: true, force: true, maxRetries: 3 }));
    else for (const name of readdirSync(outDir)) if (name !== '.git') rmSync(join(outDir, name), { recursive: true, force: true, maxRetries: 3 });
  }
  return Promise.all(removing).then(() => undefined);
}
