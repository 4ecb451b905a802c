/**
 * A worker thread that draws share cards (./draw.ts) for the share-cards step, so drawing runs beside
 * the rest of the build on another core. Message in: { id, spec }; out: { id, png } or { id, error }.
 */
import { parentPort } from 'node:worker_threads';
import type { CardSpec } from '../../lib/share-card/layout.ts';
import { drawCard } from './draw.ts';

parentPort!.on('message', ({ id, spec }: { id: number; spec: CardSpec }) => {
  try {
    const png = drawCard(spec);
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.length).slice();
    parentPort!.postMessage({ id, png: bytes }, [bytes.buffer]);
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
