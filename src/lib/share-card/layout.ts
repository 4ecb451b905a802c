/**
 * A share card's design, as data: what it shows (the spec: title, category, site name, language and
 * direction), where each thing goes on the 1200×630 card, how the title wraps and shrinks to fit, and
 * the key that names a drawn card in the cache. Pure: text measuring is passed in, so this is tested
 * without a canvas; the drawing itself is src/integrations/share-cards/draw.ts.
 *
 * The design: the site's accent colour (src/styles/global.css `--accent`) with a faint circle, the
 * site's mark and name at the top, the title large in white, the category at the bottom in a light
 * tint. Right-to-left languages get the mirror image. Every colour on the card is one of two
 * backgrounds, or a blend of one of them with one of two inks: 4 ramps of 64 steps make the 256-colour
 * palette of an indexed PNG (src/lib/share-card/png.ts).
 */
import { createHash } from 'node:crypto';

export const WIDTH = 1200;
export const HEIGHT = 630;

export interface CardSpec {
  title: string;
  category: string;
  siteName: string;
  /** BCP-47 tag of the text (`<html lang>`). */
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** Change it when the drawing changes: every cached card is then drawn again. */
export const DESIGN_VERSION = 1;

/** Background colours (index 0 = the card, 1 = the circle) and inks (0 = title and mark, 1 = category). */
export const BACKGROUNDS = ['#a33f00', '#a94c12'] as const;
export const INKS = ['#ffffff', '#ffd9bf'] as const;
/** Levels per ramp: 64 steps of coverage are finer than the eye can tell on a card. */
export const LEVELS = 64;

/** Palette index of `ink` at `coverage` (0–255) over background `bg`. */
export function paletteIndex(bg: number, ink: number, coverage: number): number {
  return (bg * INKS.length + ink) * LEVELS + (coverage >> 2);
}

/** The 256 colours, RGB triplets, in the order of `paletteIndex`. */
export function palette(): Uint8Array {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const out = new Uint8Array(BACKGROUNDS.length * INKS.length * LEVELS * 3);
  BACKGROUNDS.forEach((b, bi) =>
    INKS.forEach((k, ki) => {
      const [from, to] = [rgb(b), rgb(k)];
      for (let l = 0; l < LEVELS; l++) {
        const i = paletteIndex(bi, ki, l << 2);
        for (let c = 0; c < 3; c++) out[i * 3 + c] = Math.round(from[c]! + ((to[c]! - from[c]!) * l) / (LEVELS - 1));
      }
    }),
  );
  return out;
}

/** Fonts by family: the card's text is set in Noto Sans, with Arabic and Devanagari for their scripts. */
export const FAMILIES = '"Noto Sans", "Noto Sans Arabic", "Noto Sans Devanagari"';
export const font = (weight: 400 | 700, size: number) => `${weight === 700 ? 'bold ' : ''}${size}px ${FAMILIES}`;

export const MARGIN = 80;
export const TEXT_WIDTH = WIDTH - 2 * MARGIN;
/** The faint circle: centre and radius, left-to-right (mirrored for RTL). */
export const CIRCLE = { x: 1060, y: -60, r: 330 };
/** The mark (a rounded square with the "M") and the site name beside it. */
export const MARK = { y: 64, size: 64, radius: 16 };
export const SITE_NAME = { size: 32, baseline: 107, gap: 24 };
export const CATEGORY = { size: 32, baseline: 566 };
/** Where the title may go: from `top` down to `bottom`, centred in between. */
export const TITLE_BOX = { top: 170, bottom: 500 };
/** Title sizes tried in turn, largest first, and the lines each allows. */
export const TITLE_SIZES = [
  { size: 72, lines: 3 },
  { size: 62, lines: 4 },
  { size: 52, lines: 5 },
] as const;
export const LINE_HEIGHT = 1.22;

export type Measure = (text: string, font: string) => number;

/** Breaks text into lines no wider than `width` at spaces; a word wider than the line stands alone. */
export function wrap(text: string, width: number, fontName: string, measure: Measure): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, fontName) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface TitleLayout {
  size: number;
  font: string;
  lines: string[];
  /** Baseline of each line. */
  baselines: number[];
}

/**
 * The largest title size whose lines fit, centred in the title box; at the smallest size, lines past
 * the limit are cut and the last one ends with "…".
 */
export function layoutTitle(title: string, measure: Measure): TitleLayout {
  let chosen: { size: number; lines: string[] } | undefined;
  for (const { size, lines: max } of TITLE_SIZES) {
    const lines = wrap(title, TEXT_WIDTH, font(700, size), measure);
    if (lines.length <= max && lines.every((l) => measure(l, font(700, size)) <= TEXT_WIDTH)) {
      chosen = { size, lines };
      break;
    }
  }
  if (!chosen) {
    const { size, lines: max } = TITLE_SIZES.at(-1)!;
    const f = font(700, size);
    const lines = wrap(title, TEXT_WIDTH, f, measure).slice(0, max);
    let last = lines[max - 1] ?? lines.at(-1)!;
    while (last.includes(' ') && measure(`${last}…`, f) > TEXT_WIDTH) last = last.slice(0, last.lastIndexOf(' '));
    lines[lines.length - 1] = `${last}…`;
    chosen = { size, lines };
  }
  const step = Math.round(chosen.size * LINE_HEIGHT);
  const height = step * (chosen.lines.length - 1) + chosen.size;
  const top = Math.round(TITLE_BOX.top + (TITLE_BOX.bottom - TITLE_BOX.top - height) / 2);
  // A baseline sits about 0.8 of the size below the top of a line of Noto Sans capitals.
  const baselines = chosen.lines.map((_, i) => top + Math.round(chosen.size * 0.8) + i * step);
  return { size: chosen.size, font: font(700, chosen.size), lines: chosen.lines, baselines };
}

/**
 * The name of a drawn card in the cache: every input of the drawing (the spec, the design, the
 * renderer's and fonts' versions). An unchanged article gets the same key and reuses its card.
 */
export function cardKey(spec: CardSpec, versions: string): string {
  const input = JSON.stringify([DESIGN_VERSION, versions, spec.title, spec.category, spec.siteName, spec.lang, spec.dir]);
  return createHash('sha256').update(input).digest('hex').slice(0, 20);
}
