/**
 * One source for the site's security policy: the CSP directives Astro writes into every page's
 * <meta>, and the HTTP headers for hosts (the generated `_headers` for Netlify / Cloudflare Pages,
 * the nginx snippet in docs/nginx.conf). Pure: data in, text out.
 */
import { scanPage } from '../built/page-scan.ts';

/** Directives besides script-src/style-src (Astro adds those with the hashes of its inline code). Everything not listed is denied. */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self'",
  "font-src 'self'",
  // Pagefind fetches its index and fragments from the same origin.
  "connect-src 'self'",
  // …and runs it in a same-origin Web Worker.
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/** script-src sources; Pagefind compiles its WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval'). */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Directives a <meta> CSP cannot carry (browsers ignore them there); only the HTTP header has them. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** Powerful features the site never uses: denied to the page and to anything it could embed. */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
  'browsing-topics',
] as const;

/** Hashed file names never change content: cache them for a year. `base` ends with "/". */
export function immutablePaths(base: string): string[] {
  return [`${base}_astro/*`, `${base}pagefind/fragment/*`, `${base}pagefind/index/*`, `${base}pagefind/filter/*`, `${base}pagefind/words/shards/*`];
}

export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/** Splits a CSP into [name, value] directives, in order. */
export function parseCsp(policy: string): [string, string][] {
  return policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .map((d) => {
      const i = d.indexOf(' ');
      return i === -1 ? [d.toLowerCase(), ''] : [d.slice(0, i).toLowerCase(), d.slice(i + 1)];
    });
}

/** The header value: the page's <meta> policy, normalised, plus what only a header can say. */
export function headerCsp(metaPolicy: string): string {
  const directives = parseCsp(metaPolicy).map(([n, v]) => (v ? `${n} ${v}` : n));
  return [...directives, ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** The <meta http-equiv="content-security-policy"> content of a built page, or undefined. */
export function metaCspOf(html: string): string | undefined {
  return scanPage(html).csp;
}

/**
 * The one policy every built page carries, collected page by page (in path order): a page without
 * it, or with another, stops the build, since `_headers` and nginx can only send one.
 */
export function sitePolicy() {
  let policy: string | undefined;
  let first = '';
  return {
    add(file: string, csp: string | undefined): void {
      if (!csp) throw new Error(`security-headers: ${file} has no <meta http-equiv="content-security-policy">; expected every page to carry the site's CSP`);
      if (policy === undefined) [policy, first] = [csp, file];
      else if (csp !== policy) throw new Error(`security-headers: ${file} has a different CSP from ${first}; expected one policy for the whole site so _headers can match it`);
    },
    result(): string {
      if (policy === undefined) throw new Error('security-headers: no HTML page was built');
      return policy;
    },
  };
}

export function securityHeaders(metaPolicy: string): [string, string][] {
  return [
    ['Content-Security-Policy', headerCsp(metaPolicy)],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Permissions-Policy', DENIED_FEATURES.map((f) => `${f}=()`).join(', ')],
  ];
}

/** Pagefind names its per-language metadata `pagefind.<lang>_<hash>.pf_meta` (hashed, so immutable too). */
export const isPagefindMeta = (file: string) => /^pagefind\/pagefind\.[\w-]+_[0-9a-f]+\.pf_meta$/.test(file);

/**
 * Text for assistants, by extension: each article's Markdown copy (`<locale>/<slug>.md`) and the
 * llms.txt files. Hosts guess no type for .md, and send .txt without a charset.
 */
export const TEXT_TYPES = { md: 'text/markdown; charset=utf-8', txt: 'text/plain; charset=utf-8' } as const;

/** `hashedFiles`: further hashed files (paths inside dist, e.g. Pagefind's .pf_meta) that get the long cache. */
export function headerRules(metaPolicy: string, base: string, hashedFiles: readonly string[] = []): HeaderRule[] {
  return [
    { path: `${base}*`, headers: securityHeaders(metaPolicy) },
    ...Object.entries(TEXT_TYPES).map(([ext, type]): HeaderRule => ({ path: `${base}*.${ext}`, headers: [['Content-Type', type]] })),
    ...[...immutablePaths(base), ...hashedFiles.map((f) => `${base}${f}`)].map(
      (path): HeaderRule => ({ path, headers: [['Cache-Control', IMMUTABLE_CACHE]] }),
    ),
  ];
}

/** Netlify / Cloudflare Pages `_headers`: a path line, then indented `Name: value` lines. */
export function toHeadersFile(rules: readonly HeaderRule[]): string {
  const head = '# Generated by src/integrations/steps/headers.ts from the CSP in every page — do not edit.\n';
  return head + rules.map((r) => [r.path, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n\n') + '\n';
}

/** Reads a `_headers` file back into rules (for tests and servers that honour it). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const i = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** The headers a `_headers` file gives a URL path (rules combine; `*` matches anything). */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    const pattern = new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (pattern.test(path)) for (const [n, v] of r.headers) out[n] = v;
  }
  return out;
}

const nginxQuote = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Text types nginx compresses on the fly (Pagefind's index files come compressed already). */
export const NGINX_GZIP_TYPES = ['text/css', 'text/plain', 'text/markdown', 'text/xml', 'application/javascript', 'text/javascript', 'application/json', 'application/xml', 'application/rss+xml', 'image/svg+xml', 'application/manifest+json'];

/** A path segment that can be a locale's folder: lowercase letters, maybe with subtags (`es`, `pt-br`); `_astro` and `pagefind` are not. */
export const NGINX_LOCALE_SEGMENT = '[a-z]{2,3}(?:-[a-z0-9]+)*';

/** Where the nginx snippet sends reader feedback: the feedback service's default address (services/feedback, `npm run feedback:serve`). */
export const FEEDBACK_UPSTREAM = '127.0.0.1:8787';

/**
 * The feedback service behind the site's own origin (issue 26): two exact locations (an exact match
 * wins over the locale regex), no access log (the service keeps nothing about readers; nginx must not
 * either), the reader's address in X-Forwarded-For set by nginx alone (the service counts requests per
 * address in memory and believes the header only from loopback). Without the service running they
 * answer 502; a site built without FEEDBACK_ENDPOINT never calls them. `security`: the add_header lines
 * every location repeats.
 */
export function feedbackNginx(base: string, security: readonly string[], upstream: string = FEEDBACK_UPSTREAM): string[] {
  return ['', '/health'].flatMap((rest) => [
    `location = ${base}api/feedback${rest} {`,
    ...security,
    '    access_log off;',
    '    client_max_body_size 16k;',
    '    proxy_set_header X-Forwarded-For $remote_addr;',
    '    proxy_set_header Host $host;',
    `    proxy_pass http://${upstream}/api/feedback${rest};`,
    '}',
    '',
  ]);
}

/**
 * An nginx server snippet with the same headers. nginx drops inherited add_header lines in a block
 * that sets its own, so every location repeats the security headers. A missing page inside a locale's
 * folder gets that locale's 404 page (any folder named like a locale: no list of locales, so a new one
 * needs no new snippet), else the root one; HTML is revalidated, hashed files are cached for a year.
 */
export function toNginx(metaPolicy: string, base: string): string {
  const security = securityHeaders(metaPolicy).map(([n, v]) => `    add_header ${n} ${nginxQuote(v)} always;`);
  const noCache = `    add_header Cache-Control ${nginxQuote('no-cache')} always;`;
  const cached = immutablePaths(base).map((p) => p.replace(/\*$/, ''));
  const regexBase = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Nested in a location, so it keeps that location's headers and 404 page; only the type changes. The
  // charset is added by nginx's charset module (a type written with it would not match gzip_types).
  const textType = (pattern: string, ext: keyof typeof TEXT_TYPES) => {
    const mime = TEXT_TYPES[ext].split(';')[0]!;
    return [`    location ~ ${pattern} {`, `        types { ${mime} ${ext}; }`, '        charset utf-8;', `        charset_types ${mime};`, '    }'];
  };
  const lines = [
    '# Security and cache headers for the built site (dist/), served by nginx.',
    '# Generated from src/lib/security/headers.ts and the CSP Astro writes into every page:',
    '# regenerate with `npm run headers:nginx` after `npm run build` (a build test fails while it is stale).',
    '# It names no locale: a folder named like one (es, pt-br) answers a missing page with its own 404.html.',
    '# Include it inside your `server { … }` block; `root` points at dist/ (for BASE_PATH=/help/: at a folder whose help/ is dist/).',
    '',
    'absolute_redirect off;',
    'gzip on;',
    'gzip_vary on;',
    `gzip_types ${NGINX_GZIP_TYPES.join(' ')};`,
    '',
    `location ${base} {`,
    ...security,
    noCache,
    '    try_files $uri $uri/ =404;',
    ...textType(`"^${regexBase}[^/]+\\.txt$"`, 'txt'),
    '}',
    '',
    // In quotes: nginx would read the regex's braces as a block.
    `location ~ "^${regexBase}(?<locale>${NGINX_LOCALE_SEGMENT})/" {`,
    ...security,
    noCache,
    '    try_files $uri $uri/ =404;',
    '    error_page 404 @locale_404;',
    ...textType('\\.md$', 'md'),
    ...textType('\\.txt$', 'txt'),
    '}',
    '',
    '# The locale\'s 404 page if it has one, else the root one; the status stays 404.',
    'location @locale_404 {',
    ...security,
    noCache,
    `    try_files ${base}$locale/404.html ${base}404.html =404;`,
    '}',
    '',
    ...[...cached, `~ ^${regexBase}pagefind/pagefind\\.[\\w-]+_[0-9a-f]+\\.pf_meta$`].flatMap((p) => [
      `location ${p} {`,
      ...security,
      `    add_header Cache-Control ${nginxQuote(IMMUTABLE_CACHE)} always;`,
      '}',
      '',
    ]),
    '# Reader feedback: the feedback service (npm run feedback:serve) on its default address.',
    ...feedbackNginx(base, security),
    `error_page 404 ${base}404.html;`,
    '',
  ];
  return lines.join('\n');
}
