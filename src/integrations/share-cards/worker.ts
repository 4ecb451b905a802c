/** A worker thread that draws share cards (./draw.ts) for the share-cards step, beside the rest of the build. */
import type { CardSpec } from '../../lib/share-card/layout.ts';
import { serveJobs } from '../worker-pool.ts';
import { drawCard } from './draw.ts';

serveJobs((spec: CardSpec) => {
  const png = drawCard(spec);
  return new Uint8Array(png.buffer, png.byteOffset, png.length).slice();
});
