/**
 * Splits rendered article HTML after its first top-level block (the lead: a paragraph, list, steps
 * or callout), so the phone's table of contents can sit below the start of the answer, not above it.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

export function splitLead(html: string): [lead: string, rest: string] {
  let depth = 0;
  let started = false;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[0].startsWith('<!--')) continue;
    const [, closing, rawName, selfClosing] = m;
    const name = rawName!.toLowerCase();
    if (closing) depth -= 1;
    else if (!selfClosing && !VOID.has(name)) {
      depth += 1;
      started = true;
    } else if (depth === 0) started = true;
    if (started && depth === 0) {
      const end = m.index + m[0].length;
      return [html.slice(0, end), html.slice(end)];
    }
  }
  return [html, ''];
}
