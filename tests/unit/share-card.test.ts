import { loadImage, createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { cardKey, layoutTitle, palette, paletteIndex, TEXT_WIDTH, TITLE_BOX, TITLE_SIZES, wrap, type CardSpec } from '../../src/lib/share-card/layout.ts';
import { indexedPng, pngSize } from '../../src/lib/share-card/png.ts';

/** A monospace stand-in for the canvas: every character is half the font size wide. */
const measure = (text: string, font: string) => [...text].length * (Number(/(\d+)px/.exec(font)![1]) / 2);

describe('a share card’s layout', () => {
  it('wraps at spaces within the width; a word wider than the line stands alone', () => {
    expect(wrap('aaa bbb ccc', 7 * 10, '20px x', measure)).toEqual(['aaa bbb', 'ccc']);
    expect(wrap('aaaaaaaaaaaa b', 50, '20px x', measure)).toEqual(['aaaaaaaaaaaa', 'b']);
  });

  it('sets a short title at the largest size, centred in the title box', () => {
    const t = layoutTitle('Reset your password', measure);
    expect(t.size).toBe(TITLE_SIZES[0].size);
    expect(t.lines).toEqual(['Reset your password']);
    const middle = (TITLE_BOX.top + TITLE_BOX.bottom) / 2;
    expect(Math.abs(t.baselines[0]! - t.size * 0.8 + t.size / 2 - middle)).toBeLessThan(2);
  });

  it('shrinks a long title to fit, and cuts what still does not fit with an ellipsis', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const medium = layoutTitle(words(22), measure);
    expect(medium.size).toBeLessThan(TITLE_SIZES[0].size);
    for (const l of medium.lines) expect(measure(l, medium.font)).toBeLessThanOrEqual(TEXT_WIDTH);
    const long = layoutTitle(words(200), measure);
    const smallest = TITLE_SIZES.at(-1)!;
    expect(long.size).toBe(smallest.size);
    expect(long.lines).toHaveLength(smallest.lines);
    expect(long.lines.at(-1)!.endsWith('…')).toBe(true);
    expect(measure(long.lines.at(-1)!, long.font)).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it('names a card by everything it shows: the same inputs, the same key', () => {
    const spec: CardSpec = { title: 'Сбросить пароль', category: 'Вход', siteName: 'Помощь', lang: 'ru', dir: 'ltr' };
    const key = cardKey(spec, 'canvas@1');
    expect(cardKey({ ...spec }, 'canvas@1')).toBe(key);
    for (const other of [{ ...spec, title: 'Сбросить пароль!' }, { ...spec, category: 'Безопасность' }, { ...spec, siteName: 'Other' }, { ...spec, dir: 'rtl' as const }]) {
      expect(cardKey(other, 'canvas@1')).not.toBe(key);
    }
    expect(cardKey(spec, 'canvas@2')).not.toBe(key);
  });
});

describe('the indexed PNG', () => {
  it('has 256 colours: each background blended into each ink in 64 steps', () => {
    const p = palette();
    expect(p.length).toBe(256 * 3);
    expect([...p.subarray(0, 3)]).toEqual([0xa3, 0x3f, 0x00]); // the accent, no ink
    const white = paletteIndex(0, 0, 255);
    expect([...p.subarray(white * 3, white * 3 + 3)]).toEqual([255, 255, 255]);
  });

  it('is a PNG any decoder reads, pixel for pixel', async () => {
    const [w, h] = [5, 3];
    const rows = new Uint8Array(h * (w + 1));
    rows[1 + 2] = paletteIndex(0, 0, 255); // row 0, x 2: white
    rows[2 * (w + 1) + 1 + 4] = paletteIndex(1, 1, 255); // row 2, x 4: the tint
    const png = indexedPng(w, h, rows, palette());
    expect(pngSize(png)).toEqual({ width: w, height: h });
    const image = await loadImage(png);
    const ctx = createCanvas(w, h).getContext('2d');
    ctx.drawImage(image, 0, 0);
    const px = (x: number, y: number) => [...ctx.getImageData(x, y, 1, 1).data];
    expect(px(2, 0)).toEqual([255, 255, 255, 255]);
    expect(px(0, 0)).toEqual([0xa3, 0x3f, 0x00, 255]);
    expect(px(4, 2)).toEqual([0xff, 0xd9, 0xbf, 255]);
    expect(() => indexedPng(w, h, rows.subarray(1), palette())).toThrow(/expected 18 bytes/);
  });
});
