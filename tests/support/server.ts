/** The built site on loopback for browser tests, served like any static host (scripts/lib/static-host.ts). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer, type StaticServer, type StaticServerOptions } from '../../scripts/lib/static-host.ts';
import { DIST } from './paths.ts';

export type { StaticServer };

export interface ServeOptions extends Partial<Pick<StaticServerOptions, 'base' | 'headers'>> {
  dist?: string;
}

export async function serveDist(options: ServeOptions = {}): Promise<StaticServer> {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run "npm run build" first.`);
  return startStaticServer({ dir: dist, base: options.base, headers: options.headers });
}
