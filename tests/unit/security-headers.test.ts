import { describe, expect, it } from 'vitest';
import {
  headerCsp,
  headerRules,
  headersFor,
  IMMUTABLE_CACHE,
  isPagefindMeta,
  metaCspOf,
  parseCsp,
  parseHeadersFile,
  toHeadersFile,
  toNginx,
  NGINX_LOCALE_SEGMENT,
  FEEDBACK_UPSTREAM,
  feedbackNginx,
} from '../../src/lib/security/headers.ts';

const META = "default-src 'none';img-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self';";

describe('security headers', () => {
  it('reads the policy out of a page’s <meta>, decoding entities', () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;none&#39;; script-src &#39;self&#39;"></head>`;
    expect(metaCspOf(html)).toBe("default-src 'none'; script-src 'self'");
    expect(metaCspOf('<head><meta name="description" content="x"></head>')).toBeUndefined();
  });

  it('the header repeats every <meta> directive and adds frame-ancestors', () => {
    const header = new Map(parseCsp(headerCsp(META)));
    for (const [name, value] of parseCsp(META)) expect(header.get(name)).toBe(value);
    expect(header.get('frame-ancestors')).toBe("'none'");
  });

  it('_headers round-trips, combines matching rules, and caches only hashed paths', () => {
    const rules = headerRules(META, '/help/', ['pagefind/pagefind.en_0a1b.pf_meta']);
    const parsed = parseHeadersFile(toHeadersFile(rules));
    expect(parsed).toEqual(rules);
    const asset = headersFor(parsed, '/help/_astro/app.X1y2.js');
    expect(asset['Cache-Control']).toBe(IMMUTABLE_CACHE);
    expect(asset['X-Content-Type-Options']).toBe('nosniff');
    expect(headersFor(parsed, '/help/pagefind/pagefind.en_0a1b.pf_meta')['Cache-Control']).toBe(IMMUTABLE_CACHE);
    expect(headersFor(parsed, '/help/en/faq/')['Cache-Control']).toBeUndefined();
    expect(headersFor(parsed, '/help/en/faq/')['Content-Security-Policy']).toBe(headerCsp(META));
    expect(headersFor(parsed, '/elsewhere/')).toEqual({});
  });

  it('recognises Pagefind’s hashed metadata files only', () => {
    expect(isPagefindMeta('pagefind/pagefind.pt-br_8f32a3.pf_meta')).toBe(true);
    expect(isPagefindMeta('pagefind/pagefind.js')).toBe(false);
    expect(isPagefindMeta('pagefind/pagefind-entry.json')).toBe(false);
  });

  it('the nginx snippet repeats the security headers in every location that adds its own', () => {
    const conf = toNginx(META, '/');
    const locations = conf.split('\nlocation ').slice(1);
    expect(locations.length).toBeGreaterThan(2);
    for (const block of locations) {
      expect(block).toContain(`add_header Content-Security-Policy "${headerCsp(META)}" always;`);
      expect(block).toContain('add_header X-Content-Type-Options "nosniff" always;');
    }
    expect(conf).toMatch(/location \/_astro\/ \{[^}]*Cache-Control "public, max-age=31536000, immutable"/);
  });

  it('the nginx snippet names no locale: any folder named like one answers a miss with its own 404 page, so a new locale needs no new snippet', () => {
    const conf = toNginx(META, '/help/');
    expect(conf).not.toMatch(/\/(ru|en|es|ar)\//);
    expect(conf).toContain('location ~ "^/help/(?<locale>[a-z]{2,3}(?:-[a-z0-9]+)*)/" {');
    expect(conf).toContain('try_files /help/$locale/404.html /help/404.html =404;');
    const locale = new RegExp(`^${NGINX_LOCALE_SEGMENT}$`);
    for (const code of ['de', 'pt-br', 'fil', 'zh-hans']) expect(code).toMatch(locale);
    for (const folder of ['_astro', 'pagefind']) expect(folder).not.toMatch(locale);
  });
});

describe('the nginx snippet for reader feedback', () => {
  it('proxies exactly /api/feedback and its health check to the service, with no access log and the address set by nginx', () => {
    const conf = toNginx(META, '/help/');
    for (const rest of ['', '/health']) {
      const block = new RegExp(`location = /help/api/feedback${rest} \\{([^}]*)\\}`).exec(conf)?.[1] ?? '';
      expect(block).toContain('access_log off;');
      expect(block).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
      expect(block).toContain(`proxy_pass http://${FEEDBACK_UPSTREAM}/api/feedback${rest};`);
    }
    expect(feedbackNginx('/', [], '127.0.0.1:9999').join('\n')).toContain('proxy_pass http://127.0.0.1:9999/api/feedback;');
  });
});
