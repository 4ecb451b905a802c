/**
 * Draws a share card (src/lib/share-card/layout.ts says what goes where) with @napi-rs/canvas: Skia
 * shapes the text with HarfBuzz, so Arabic is joined and set right to left, Devanagari gets its
 * conjuncts and Vietnamese its stacked marks; the fonts are Noto TTF files from npm packages, read from
 * node_modules (no network, no system fonts). Each piece of text is drawn once as a coverage mask on a
 * small transparent canvas and laid onto the card's palette indices, which become an indexed PNG.
 */
import { createCanvas, GlobalFonts, Path2D, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import {
  CATEGORY,
  CIRCLE,
  HEIGHT,
  MARGIN,
  MARK,
  SITE_NAME,
  TEXT_WIDTH,
  TITLE_BOX,
  WIDTH,
  font,
  layoutTitle,
  palette,
  paletteIndex,
  type CardSpec,
} from '../../lib/share-card/layout.ts';
import { indexedPng } from '../../lib/share-card/png.ts';
import { fontFiles } from './fonts.ts';

let fontsReady = false;
function registerFonts(): void {
  if (fontsReady) return;
  // Each file with its weight: without one, the face registered last would set every weight.
  for (const { family, weight, file } of fontFiles()) {
    if (!GlobalFonts.registerFromPath(file, family, { weight })) throw new Error(`share-cards: could not load the font ${file}`);
  }
  fontsReady = true;
}

const measurer = (() => {
  let ctx: SKRSContext2D | undefined;
  return (text: string, fontName: string) => {
    ctx ??= createCanvas(8, 8).getContext('2d');
    ctx.font = fontName;
    return ctx.measureText(text).width;
  };
})();

/** The card's background indices (rows with their filter byte), once per direction. */
const backgrounds = new Map<'ltr' | 'rtl', Uint8Array>();
function background(dir: 'ltr' | 'rtl'): Uint8Array {
  let rows = backgrounds.get(dir);
  if (rows) return rows;
  rows = new Uint8Array(HEIGHT * (WIDTH + 1));
  const cx = dir === 'rtl' ? WIDTH - CIRCLE.x : CIRCLE.x;
  const circle = paletteIndex(1, 0, 0);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const dx = x + 0.5 - cx;
      const dy = y + 0.5 - CIRCLE.y;
      if (dx * dx + dy * dy < CIRCLE.r * CIRCLE.r) rows[y * (WIDTH + 1) + 1 + x] = circle;
    }
  }
  backgrounds.set(dir, rows);
  return rows;
}

interface Mask {
  /** Left and top on the card. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** RGBA, of which only alpha (the coverage) is read. */
  rgba: Uint8Array;
}

/** Draws with `paint` on a transparent canvas the size of a box of the card and returns its coverage. */
function mask(x: number, y: number, width: number, height: number, paint: (ctx: SKRSContext2D) => void): Mask {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#000';
  paint(ctx);
  return { x, y, width, height, rgba: canvas.data() };
}

/** Lays a mask in `ink` over the card: each pixel's index becomes its background's blend with the ink. */
function lay(rows: Uint8Array, m: Mask, ink: number): void {
  // One 32-bit word per pixel, alpha in the top byte (little-endian RGBA): empty pixels are skipped at one compare each.
  const px = new Uint32Array(m.rgba.buffer, m.rgba.byteOffset, m.width * m.height);
  for (let y = 0; y < m.height; y++) {
    const cy = m.y + y;
    if (cy < 0 || cy >= HEIGHT) continue;
    const row = cy * (WIDTH + 1) + 1;
    const from = y * m.width;
    for (let x = 0; x < m.width; x++) {
      const a = px[from + x]! >>> 24;
      if (!a) continue;
      const cx = m.x + x;
      if (cx < 0 || cx >= WIDTH) continue;
      // Index / (inks × levels) is the background under the pixel (layers never overlap).
      const bg = (rows[row + cx]! / (2 * 64)) | 0;
      rows[row + cx] = paletteIndex(bg, ink, a);
    }
  }
}

/** One line of text at a baseline, set from the start edge of the card's text column. */
function text(line: string, fontName: string, baseline: number, dir: 'ltr' | 'rtl', from = MARGIN, width = TEXT_WIDTH): Mask {
  const height = Math.ceil(parseInt(/(\d+)px/.exec(fontName)![1]!, 10) * 1.6);
  const top = baseline - Math.round(height * 0.7);
  const x = dir === 'rtl' ? WIDTH - from - width : from;
  return mask(x, top, width, height, (ctx) => {
    ctx.font = fontName;
    ctx.direction = dir;
    ctx.textAlign = dir === 'rtl' ? 'right' : 'left';
    ctx.fillText(line, dir === 'rtl' ? width : 0, baseline - top);
  });
}

/** The site's mark: a rounded square with the "M" cut out of it (the favicon's drawing). */
function markMask(dir: 'ltr' | 'rtl'): Mask {
  const { size, radius, y } = MARK;
  const x = dir === 'rtl' ? WIDTH - MARGIN - size : MARGIN;
  return mask(x, y, size, size, (ctx) => {
    ctx.beginPath();
    ctx.roundRect(0, 0, size, size, radius);
    ctx.fill();
    ctx.globalCompositeOperation = 'destination-out';
    ctx.scale(size / 32, size / 32);
    ctx.fill(new Path2D('M9 22V10h2.5l4.5 7 4.5-7H23v12h-2.6v-7.4L16 21l-4.4-6.4V22z'));
  });
}

/** Background, mark and site name: the same on every card of a language (kept per name and direction). */
const templates = new Map<string, Uint8Array>();
function template(siteName: string, dir: 'ltr' | 'rtl'): Uint8Array {
  const key = `${dir} ${siteName}`;
  let rows = templates.get(key);
  if (rows) return rows;
  rows = background(dir).slice();
  lay(rows, markMask(dir), 0);
  const nameFrom = MARGIN + MARK.size + SITE_NAME.gap;
  lay(rows, text(siteName, font(700, SITE_NAME.size), SITE_NAME.baseline, dir, nameFrom, WIDTH - nameFrom - MARGIN), 0);
  templates.set(key, rows);
  return rows;
}

/** A category's line (a site has a handful of categories per language). */
const categories = new Map<string, Mask>();
function categoryMask(category: string, dir: 'ltr' | 'rtl'): Mask {
  const key = `${dir} ${category}`;
  let m = categories.get(key);
  if (!m) categories.set(key, (m = text(category, font(400, CATEGORY.size), CATEGORY.baseline, dir)));
  return m;
}

/** The title's lines on one canvas, kept for the next card; only the rows and columns the text covers are read back. */
const TITLE_CANVAS = { top: TITLE_BOX.top - 40, height: TITLE_BOX.bottom - TITLE_BOX.top + 80 };
let titleCanvas: { canvas: Canvas; ctx: SKRSContext2D } | undefined;
function titleMask(spec: CardSpec): Mask {
  const layout = layoutTitle(spec.title, measurer);
  titleCanvas ??= (() => {
    const canvas = createCanvas(TEXT_WIDTH, TITLE_CANVAS.height);
    return { canvas, ctx: canvas.getContext('2d') };
  })();
  const { ctx } = titleCanvas;
  ctx.clearRect(0, 0, TEXT_WIDTH, TITLE_CANVAS.height);
  ctx.fillStyle = '#000';
  ctx.font = layout.font;
  ctx.direction = spec.dir;
  ctx.textAlign = spec.dir === 'rtl' ? 'right' : 'left';
  let widest = 0;
  layout.lines.forEach((line, i) => {
    ctx.fillText(line, spec.dir === 'rtl' ? TEXT_WIDTH : 0, layout.baselines[i]! - TITLE_CANVAS.top);
    widest = Math.max(widest, ctx.measureText(line).width);
  });
  // Marks and overhangs reach a little past the measured width and the line boxes.
  const width = Math.min(TEXT_WIDTH, Math.ceil(widest) + layout.size);
  const x = spec.dir === 'rtl' ? TEXT_WIDTH - width : 0;
  const y = Math.max(0, layout.baselines[0]! - TITLE_CANVAS.top - Math.round(layout.size * 1.3));
  const height = Math.min(TITLE_CANVAS.height - y, layout.baselines.at(-1)! - TITLE_CANVAS.top + Math.round(layout.size * 0.6) - y);
  const rgba = new Uint8Array(ctx.getImageData(x, y, width, height).data.buffer);
  return { x: MARGIN + x, y: TITLE_CANVAS.top + y, width, height, rgba };
}

/** The card as an indexed PNG. */
export function drawCard(spec: CardSpec): Buffer {
  registerFonts();
  const rows = template(spec.siteName, spec.dir).slice();
  lay(rows, titleMask(spec), 0);
  if (spec.category) lay(rows, categoryMask(spec.category, spec.dir), 1);
  return indexedPng(WIDTH, HEIGHT, rows, PALETTE);
}

const PALETTE = palette();
