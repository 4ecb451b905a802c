import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerCsp, headersFor, IMMUTABLE_CACHE, metaCspOf, parseCsp, parseHeadersFile, toNginx } from '../../src/lib/security/headers.ts';
import { inlineScriptHashes } from '../../src/lib/security/csp.ts';
import { builtPages, walk } from '../support/dist.ts';
import { DIST, ROOT } from '../support/paths.ts';

/** The site's CSP, the security headers for hosts, and the rule that nothing inline escapes the policy. */
const pages = builtPages();
const policy = metaCspOf(pages[0]!.html) ?? '';
const directives = new Map(parseCsp(policy));
const sources = (name: string) => (directives.get(name) ?? '').split(' ').filter(Boolean);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const distFiles = walk(DIST).map((p) => relative(DIST, p).split(sep).join('/'));

describe('Content-Security-Policy in every page', () => {
  it('every page carries the same <meta> policy', () => {
    expect(policy).not.toBe('');
    const other = pages.filter((p) => metaCspOf(p.html) !== policy).map((p) => p.file);
    expect(other).toEqual([]);
  });

  it('denies by default and allows only this origin, with no unsafe keyword or wildcard', () => {
    expect(sources('default-src')).toEqual(["'none'"]);
    for (const [name, value] of directives) {
      expect(value, name).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|(^|\s)\*|https?:|(^|\s)data:|blob:/);
    }
    expect(sources('script-src')).toContain("'self'");
    // Pagefind's WebAssembly: 'wasm-unsafe-eval' allows compiling it, nothing more.
    expect(sources('script-src')).toContain("'wasm-unsafe-eval'");
    expect(sources('connect-src')).toEqual(["'self'"]);
    expect(sources('base-uri')).toEqual(["'none'"]);
    expect(sources('form-action')).toEqual(["'self'"]);
    expect(directives.has('object-src') ? sources('object-src') : sources('default-src')).toEqual(["'none'"]);
  });

  it('hashes the theme script the layouts inline', () => {
    for (const h of inlineScriptHashes()) expect(sources('script-src')).toContain(`'${h}'`);
  });

  it('every inline script and style in the built HTML is allowed by a hash; none relies on unsafe-inline', () => {
    const unhashed: string[] = [];
    for (const p of pages) {
      for (const s of p.doc.querySelectorAll('script:not([src])')) {
        const type = (s.getAttribute('type') ?? '').toLowerCase();
        if (type === 'application/ld+json' || type === 'application/json') continue; // data, never executed
        if (!sources('script-src').includes(sha256(s.rawText))) unhashed.push(`${p.file}: <script>${s.rawText.slice(0, 60)}`);
      }
      for (const s of p.doc.querySelectorAll('style')) {
        if (!sources('style-src').includes(sha256(s.rawText))) unhashed.push(`${p.file}: <style>${s.rawText.slice(0, 60)}`);
      }
    }
    expect(unhashed).toEqual([]);
  });

  it('no element has a style attribute, an inline event handler or a javascript: URL (the policy would block them)', () => {
    const found: string[] = [];
    for (const p of pages) {
      for (const el of p.doc.querySelectorAll('*')) {
        for (const [name, value] of Object.entries(el.attributes)) {
          const n = name.toLowerCase();
          if (n === 'style' || /^on[a-z]+$/.test(n)) found.push(`${p.file}: <${el.rawTagName} ${name}="${value.slice(0, 40)}">`);
          if (['href', 'src', 'action', 'formaction'].includes(n) && /^\s*javascript:/i.test(value)) found.push(`${p.file}: ${name}="${value}"`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('scripts, styles, images and forms only point at this site', () => {
    const external: string[] = [];
    for (const p of pages) {
      for (const el of p.doc.querySelectorAll('script[src], link[rel~="stylesheet"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="icon"], link[rel="manifest"], img, source, iframe, form, video, audio, object, embed')) {
        for (const attr of ['src', 'href', 'action', 'data', 'srcset']) {
          const v = el.getAttribute(attr);
          if (v && /^(?:[a-z]+:)?\/\//i.test(v.trim())) external.push(`${p.file}: <${el.rawTagName} ${attr}="${v}">`);
        }
      }
    }
    expect(external).toEqual([]);
  });
});

describe('_headers for Netlify and Cloudflare Pages', () => {
  const file = join(DIST, '_headers');
  const rules = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
  const page = headersFor(rules, pages[0]!.url);

  it('is written into the built site', () => {
    expect(existsSync(file)).toBe(true);
  });

  it('sends the same CSP as the <meta>, plus frame-ancestors that only a header can carry', () => {
    expect(page['Content-Security-Policy']).toBe(headerCsp(policy));
    const header = new Map(parseCsp(page['Content-Security-Policy'] ?? ''));
    for (const [name, value] of directives) expect(header.get(name), name).toBe(value);
    expect(header.get('frame-ancestors')).toBe("'none'");
  });

  it('keeps the referrer, forbids MIME sniffing and denies features the site does not use', () => {
    expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(page['Referrer-Policy']);
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    const denied = (page['Permissions-Policy'] ?? '').split(',').map((s) => s.trim());
    for (const f of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) expect(denied).toContain(`${f}=()`);
  });

  it('caches every hashed asset for a year and nothing else', () => {
    const cache = (f: string) => headersFor(rules, `/${f}`)['Cache-Control'];
    const hashed = distFiles.filter((f) => f.startsWith('_astro/') || /^pagefind\/(fragment|index|filter)\//.test(f) || f.endsWith('.pf_meta'));
    expect(hashed.filter((f) => f.startsWith('_astro/')).length).toBeGreaterThan(0);
    expect(hashed.filter((f) => cache(f) !== IMMUTABLE_CACHE)).toEqual([]);
    const mutable = distFiles.filter((f) => f.endsWith('.html') || f.endsWith('.xml') || f === 'pagefind/pagefind.js' || f === 'pagefind/pagefind-entry.json');
    expect(mutable.filter((f) => cache(f) !== undefined)).toEqual([]);
  });
});

describe('docs/nginx.conf', () => {
  it('matches the built CSP and the same headers (regenerate with `npm run headers:nginx` after a build)', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'nginx.conf'), 'utf8');
    expect(doc).toBe(toNginx(policy, '/'));
    expect(doc).toContain(`add_header Content-Security-Policy "${headerCsp(policy)}" always;`);
  });
});
