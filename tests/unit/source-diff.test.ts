import { describe, expect, it } from 'vitest';
import { compactDiff, diffLines, splitLines, type DiffOp } from '../../src/lib/translations/source-diff.ts';

/** docs/editing.md, "Translate an article": i18n:status shows what changed in the source since translatedFrom, as a short diff. */
const sides = (ops: DiffOp[]) => ({
  a: ops.filter((o) => o.op !== '+').map((o) => o.line),
  b: ops.filter((o) => o.op !== '-').map((o) => o.line),
});
const edits = (ops: DiffOp[]) => ops.filter((o) => o.op !== ' ').length;

/** The length of a longest common subsequence, the slow way: a shortest diff changes everything else. */
function lcs(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = x === b[j - 1] ? diag + 1 : Math.max(row[j]!, row[j - 1]!);
      diag = up;
    }
  }
  return row[b.length]!;
}

describe('diffLines', () => {
  it('finds a shortest edit script (Myers’ example: ABCABBA → CBABAC in 5 edits)', () => {
    const ops = diffLines([...'ABCABBA'], [...'CBABAC']);
    expect(sides(ops)).toEqual({ a: [...'ABCABBA'], b: [...'CBABAC'] });
    expect(edits(ops)).toBe(5);
  });

  it('agrees with the longest common subsequence on random inputs, and both sides read back', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let t = 0; t < 300; t++) {
      const a = Array.from({ length: rand(12) }, () => 'abcd'[rand(4)]!);
      const b = Array.from({ length: rand(12) }, () => 'abcd'[rand(4)]!);
      const ops = diffLines(a, b);
      expect(sides(ops), `${a.join('')} → ${b.join('')}`).toEqual({ a, b });
      expect(edits(ops), `${a.join('')} → ${b.join('')}`).toBe(a.length + b.length - 2 * lcs(a, b));
    }
  });

  it('handles empty sides and identical files', () => {
    expect(diffLines([], ['x'])).toEqual([{ op: '+', line: 'x' }]);
    expect(diffLines(['x'], [])).toEqual([{ op: '-', line: 'x' }]);
    expect(edits(diffLines(['a', 'b'], ['a', 'b']))).toBe(0);
  });

  it('reads CRLF and LF files alike, and a final newline adds no line', () => {
    expect(splitLines('a\r\nb\r\n')).toEqual(['a', 'b']);
    expect(splitLines('a\nb')).toEqual(['a', 'b']);
    expect(splitLines('')).toEqual([]);
  });
});

/** An article as editors write it: frontmatter, then one paragraph per line with blank lines between. */
const article = (paragraphs: string[], updated = '2026-11-24') =>
  `---\ntitle: Сброс пароля\nupdated: ${updated}\n---\n\n## Что сделать\n\n${paragraphs.join('\n\n')}\n`;
const paragraphs = Array.from({ length: 12 }, (_, i) => `Абзац ${i + 1}: ${'текст '.repeat(30).trim()}.`);

describe('compactDiff', () => {
  it('shows the changed lines with one paragraph of context, not the untouched rest of the article', () => {
    const after = [...paragraphs];
    after[6] = 'Абзац 7: новое предупреждение — никому не сообщайте код.';
    const d = compactDiff(article(paragraphs), article(after, '2026-12-01'));
    expect(d).toMatchObject({ added: 2, removed: 2, cut: 0 });
    expect(d.lines.filter((l) => l.startsWith('-') || l.startsWith('+'))).toEqual([
      '-updated: 2026-11-24',
      '+updated: 2026-12-01',
      `-${paragraphs[6]}`,
      '+Абзац 7: новое предупреждение — никому не сообщайте код.',
    ]);
    expect(d.lines.filter((l) => l.startsWith('@@'))).toEqual(['@@ -2,3 +2,3 @@', '@@ -18,5 +18,5 @@']);
    // Context: the paragraphs on each side, shortened; paragraph 1 and 12 are far away and not shown.
    expect(d.lines).toContain(` ${paragraphs[5]!.slice(0, 119)}…`);
    expect(d.lines).toContain(` ${paragraphs[7]!.slice(0, 119)}…`);
    expect(d.lines.join('\n')).not.toContain('Абзац 1:');
    expect(d.lines.join('\n')).not.toContain('Абзац 12:');
  });

  it('an added paragraph is added lines only', () => {
    const after = [...paragraphs.slice(0, 3), 'Новый абзац.', ...paragraphs.slice(3)];
    const d = compactDiff(article(paragraphs), article(after));
    expect([d.added, d.removed]).toEqual([2, 0]);
    expect(d.lines.filter((l) => l.startsWith('+'))).toEqual(['+Новый абзац.', '+']);
  });

  it('stops at the cap and counts the changed lines it left out', () => {
    const after = paragraphs.map((p) => `${p} Изменено.`);
    const d = compactDiff(article(paragraphs), article(after), { maxLines: 10 });
    expect(d.lines.length).toBeLessThanOrEqual(10);
    expect(d.added + d.removed).toBe(24);
    const shown = d.lines.filter((l) => l.startsWith('-') || l.startsWith('+')).length;
    expect(d.cut).toBe(24 - shown);
    expect(d.cut).toBeGreaterThan(0);
  });

  it('no change, no lines', () => {
    expect(compactDiff(article(paragraphs), article(paragraphs))).toEqual({ lines: [], added: 0, removed: 0, cut: 0 });
  });
});
