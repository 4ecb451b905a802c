import { beforeAll, describe, expect, it } from 'vitest';
import { basePathSite } from '../support/base-path-site.ts';
import { builtPages } from '../support/dist.ts';

let out = '';

describe('a build under a sub-path (BASE_PATH=/help/)', () => {
  beforeAll(() => {
    out = basePathSite().dist;
  });

  it('has no link, script, stylesheet or image outside the base', () => {
    const outside: string[] = [];
    for (const p of builtPages(out)) {
      for (const el of p.doc.querySelectorAll('[href], [src], [action]')) {
        for (const attr of ['href', 'src', 'action']) {
          const v = el.getAttribute(attr);
          if (v && v.startsWith('/') && !v.startsWith('//') && !v.startsWith('/help/')) outside.push(`${p.url}: ${attr}="${v}"`);
        }
      }
      for (const m of p.html.matchAll(/(?:import\(|from\s*)["'](\/[^"']+)["']/g)) {
        if (!m[1]!.startsWith('/help/')) outside.push(`${p.url}: script import ${m[1]}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('writes absolute canonical URLs with the site and the base', () => {
    const home = builtPages(out).find((p) => p.url === '/ru/')!;
    expect(home.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://example.org/help/ru/');
  });
});
