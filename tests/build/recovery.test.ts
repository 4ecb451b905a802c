import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { builtPages, page } from '../support/dist.ts';
import { ROOT } from '../support/paths.ts';
import { buildFixture, fixtureProject, type FixtureBuild } from '../support/fixture.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { officialLinkProblem } from '../../src/lib/official.ts';

const TREE_YAML = readFileSync(join(ROOT, 'content/recovery/tree.yaml'), 'utf8');
/** Outcome ids as written in tree.yaml (a node line followed by `kind: outcome`). */
const OUTCOME_IDS = [...TREE_YAML.matchAll(/^ {2}([a-z][a-z0-9-]*):\n {4}kind: outcome$/gm)].map((m) => m[1]!);

/** The situations the selector must cover, each as the answers a reader gives and the outcome it must reach. */
const SITUATIONS: [string, string, string][] = [
  ['forgot the password, still has the phone', 'account.forgot.not-signed-in.phone', 'reset-by-code'],
  ['forgot the password, has only the email', 'account.forgot.not-signed-in.no-phone.email', 'reset-by-code'],
  ['forgot the password, a device is still signed in', 'account.forgot.signed-in', 'use-signed-in-device'],
  ['the code does not arrive', 'account.no-code.reachable', 'code-checks'],
  ['no access to the phone, but to the email', 'account.no-phone.email', 'reset-by-code'],
  ['no access to the phone or the email, can get one back', 'account.no-phone.no-email.can-get-back', 'get-channel-back'],
  ['no access to the phone or the email', 'account.no-phone.no-email.cannot-get-back', 'support-with-proof'],
  ['the code goes to a contact that is gone', 'account.no-code.unreachable.cannot-get-back', 'support-with-proof'],
  ['does not know which contact is linked', 'account.unknown-contact', 'find-linked-contact'],
  ['the account is restricted', 'account.restricted', 'restricted'],
  ['suspected hack, still signed in', 'account.hacked.still-in', 'hacked-secure'],
  ['suspected hack, locked out', 'account.hacked.locked-out', 'hacked-locked-out'],
  ['activation lock, knows the password', 'device.know-password', 'device-enter-password'],
  ['activation lock, forgot the password, gets codes', 'device.forgot-password.code', 'device-reset-password'],
  ['activation lock, without the password or codes', 'device.forgot-password.no-code', 'device-support'],
  ['activation lock, someone else’s account', 'device.not-mine', 'device-not-mine'],
  ['Google’s lock after a reset', 'device.google-screen', 'google-lock'],
  ['a lock after a reset, not sure whose screen', 'device.not-sure-screen', 'lock-which-screen'],
  ['forgot the phone’s own screen lock', 'screen-lock', 'screen-lock-forgotten'],
  ['financing lock', 'financing', 'financing-lock'],
];

/** Follows a route through the no-JS tree by its links: returns the href of the last link. */
function followLinks(doc: HTMLElement, route: string): string | undefined {
  const answers = route.split('.');
  let branch = doc.querySelector('[id="recovery-start"]');
  let href: string | undefined;
  for (const [i, id] of answers.entries()) {
    if (!branch) return undefined;
    const link = branch.querySelectorAll('a[data-recovery-link]').find((a) => a.getAttribute('data-recovery-link') === id && a.closest('[data-recovery-branch]') === branch);
    href = link?.getAttribute('href');
    if (!href) return undefined;
    if (i < answers.length - 1) branch = doc.querySelector(`[id="${href.slice(1)}"]`);
  }
  return href;
}

describe('the recovery page', () => {
  it('tree.yaml has the outcomes the tests expect', () => {
    expect(OUTCOME_IDS.length).toBeGreaterThanOrEqual(14);
    expect(OUTCOME_IDS).toEqual(expect.arrayContaining([...new Set(SITUATIONS.map((s) => s[2]))]));
  });

  for (const l of LOCALES) {
    describe(`in ${l.code}`, () => {
      const p = page(`/${l.code}/recovery/`);

      it('server-renders the first question of the selector, with answers that are links', () => {
        const island = p.doc.querySelector('astro-island [data-recovery-selector="page"]');
        expect(island, 'selector island').not.toBeNull();
        const heading = island!.querySelector('h2');
        expect(heading?.text.trim().length).toBeGreaterThan(5);
        const answers = island!.querySelectorAll('a[data-recovery-answer]');
        expect(answers.map((a) => a.getAttribute('data-recovery-answer'))).toEqual(['account', 'device', 'screen-lock', 'financing']);
        for (const a of answers) expect(p.doc.querySelector(`[id="${a.getAttribute('href')!.slice(1)}"]`), a.getAttribute('href')!).not.toBeNull();
      });

      it('holds the whole tree as nested links that reach every outcome of tree.yaml', () => {
        const tree = p.doc.querySelector('details[data-recovery-tree]');
        expect(tree?.hasAttribute('open'), 'open without JavaScript').toBe(true);
        const targets = new Set(tree!.querySelectorAll('a[data-recovery-link]').map((a) => a.getAttribute('href')));
        for (const id of OUTCOME_IDS) expect(targets.has(`#o-${id}`), `a link to #o-${id}`).toBe(true);
        for (const [what, route, outcome] of SITUATIONS) expect(followLinks(p.doc, route), what).toBe(`#o-${outcome}`);
      });

      it('shows every outcome with a title, the time, 3–6 steps, what to prepare, articles and an official page', () => {
        const urls = new Set(builtPages().map((x) => x.url));
        for (const id of OUTCOME_IDS) {
          const s = p.doc.querySelector(`section[id="o-${id}"]`);
          expect(s, id).not.toBeNull();
          expect(s!.querySelector('h4')?.text.trim(), `${id} title`).toBeTruthy();
          expect(s!.querySelector('[data-recovery-time]')?.text.trim().length, `${id} time`).toBeGreaterThan(10);
          const steps = s!.querySelectorAll('[data-recovery-steps] li').length;
          expect(steps >= 3 && steps <= 6, `${id}: ${steps} steps`).toBe(true);
          expect(s!.querySelectorAll('[data-recovery-prepare] li').length, `${id} prepare`).toBeGreaterThan(0);
          const articles = s!.querySelectorAll('[data-recovery-articles] a').map((a) => a.getAttribute('href')!);
          expect(articles.length, `${id} articles`).toBeGreaterThan(0);
          for (const href of articles) {
            expect(href, `${id} links into its own locale`).toMatch(new RegExp(`^/${l.code}/[a-z0-9-]+/$`));
            expect(urls.has(href), `${id} → ${href}`).toBe(true);
          }
          const official = s!.querySelectorAll('[data-recovery-official] a').map((a) => a.getAttribute('href')!);
          expect(official.length, `${id} official`).toBeGreaterThan(0);
          // A Xiaomi page, or a page only one topic may use in that topic (Google's help in google-lock).
          for (const href of official) expect(officialLinkProblem(href, id), href).toBeUndefined();
        }
      });

      it('has no inline style attributes (the CSP forbids them)', () => {
        expect(p.doc.querySelectorAll('[style]').map((e) => e.tagName)).toEqual([]);
      });
    });
  }

  it('is written in each language, Arabic included', () => {
    const start = (code: string) => page(`/${code}/recovery/`).doc.querySelector('[data-recovery-selector] h2')!.text.trim();
    const texts = LOCALES.map((l) => start(l.code));
    expect(new Set(texts).size).toBe(LOCALES.length);
    expect(start('ar')).toMatch(/[\u0600-\u06FF]/);
    expect(page('/ar/recovery/').doc.querySelector('section[id="o-reset-by-code"] h4')!.text).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('the hub article', () => {
  for (const l of LOCALES) {
    it(`in ${l.code} embeds the selector’s first question and links to the recovery page`, () => {
      const p = page(`/${l.code}/cannot-sign-in/`);
      const embed = p.doc.querySelector('[data-article-content] [data-recovery-embed]');
      expect(embed).not.toBeNull();
      expect(embed!.getAttribute('data-pagefind-ignore')).toBe('all');
      expect(embed!.querySelector('[data-recovery-page-link]')?.getAttribute('href')).toBe(`/${l.code}/recovery/`);
      const answers = embed!.querySelectorAll('a[data-recovery-answer]').map((a) => a.getAttribute('href'));
      expect(answers).toEqual([`/${l.code}/recovery/#r-account`, `/${l.code}/recovery/#r-device`, `/${l.code}/recovery/#o-screen-lock-forgotten`, `/${l.code}/recovery/#o-financing-lock`]);
    });
  }
});

/**
 * Broken trees must stop the build and say which file and node to fix. The tree and its strings are
 * checked together (src/lib/recovery/validate.ts) and every problem is reported: one small site with
 * three mistakes, built once.
 */
describe('a broken recovery tree stops the build', () => {
  let r: FixtureBuild;
  beforeAll(() => {
    const f = fixtureProject('bad-recovery', { small: [] });
    const edit = (path: string, from: RegExp | string, to: string) => {
      const before = f.read(path);
      const after = before.replace(from, to);
      expect(after, `fixture edit of ${path}`).not.toBe(before);
      f.write(path, after);
    };
    edit('content/recovery/tree.yaml', '      restricted: restricted\n', '      restricted: restricted-typo\n');
    edit('content/recovery/tree.yaml', /^(\s+forgot:) signed-in$/m, '$1 signed-in-typo');
    edit('content/recovery/strings/es.yaml', /^ {4}no-email: .*\n/m, '');
    r = buildFixture(f);
  });

  it('an answer leading to an unknown node names tree.yaml and the node', () => {
    expect(r.ok).toBe(false);
    expect(r.output).toContain('content/recovery/tree.yaml: node "account": answer "restricted" leads to "restricted-typo", which is not a node of this file');
    expect(r.output).toContain('content/recovery/tree.yaml: node "restricted": unreachable');
  });

  it('a missing string in a fully translated locale names the strings file and the node', () => {
    expect(r.ok).toBe(false);
    expect(r.output).toContain('content/recovery/strings/es.yaml: node "email": answers: missing the label of answer "no-email"');
  });

  // From the quality gates (tests/build/bad-input.test.ts): one line with the file, the node, the answer and the target.
  it('a recovery answer that leads to a node that does not exist names tree.yaml, the node and the target', () => {
    const line = /content\/recovery\/tree\.yaml: node "account".*"forgot".*"signed-in-typo", which is not a node/;
    expect(r.output.split('\n').some((l) => line.test(l)), `a line matching ${line}`).toBe(true);
  });
});
