import { describe, expect, it } from 'vitest';
import { articleMarkdown, type MarkdownCopyInput } from '../../src/lib/built/markdown-copy.ts';

/** A built article page as the components render it (markup copied from dist/, trimmed). */
const page = (content: string) => `<!doctype html><html lang="en"><head><title>x</title></head><body><header>Site <a href="/en/">home</a></header>
<main><h1>Reset your password</h1><div class="prose" data-article-content data-source="content/articles/en/x.mdx" data-pagefind-body>${content}</div>
<p class="mt-8" data-article-reviewed>Checked: <time>1 Dec</time></p><nav><a href="/en/other/">Next</a></nav></main></body></html>`;

const input = (content: string, over: Partial<MarkdownCopyInput> = {}): MarkdownCopyInput => ({
  html: page(content),
  url: 'https://help.example/en/reset-password/',
  title: 'Reset your password',
  description: 'Reset a forgotten password by SMS or email.',
  updated: '2026-12-07',
  words: { updated: 'Updated', independent: 'This is an independent guide, not run by Xiaomi.', siteName: 'Xiaomi Account Help' },
  passwordTool: { text: 'Check how strong a new password is', link: 'Open the password checker', href: '/en/tools/password-strength/' },
  ...over,
});

const body = (md: string) => md.split('\n---\n')[1]!.trim();
/** An HTML tag or a JSX element anywhere in the Markdown (an escaped \< is text). */
const TAG = /(?<!\\)<\/?[A-Za-z][^>]*>/;

describe('an article’s Markdown copy, from its built page', () => {
  it('starts with the title, description, updated date, the independence notice and the page’s address', () => {
    const md = articleMarkdown(input('<p>Text.</p>'));
    expect(md.split('\n---\n')[0]).toBe(
      '# Reset your password\n\nReset a forgotten password by SMS or email.\n\nUpdated: 2026-12-07. This is an independent guide, not run by Xiaomi.\n\nXiaomi Account Help: https://help.example/en/reset-password/\n',
    );
  });

  it('turns steps into a numbered list and a UI path into text with its arrows', () => {
    const md = articleMarkdown(
      input(`<div class="steps" data-steps><ol role="list">
<li>Open <span class="ui-path" role="group" aria-label="Menu path" data-ui-path><kbd class="ui-path-item" dir="auto">Settings</kbd><span class="ui-path-sep"> → </span><kbd class="ui-path-item" dir="auto">Xiaomi Account</kbd></span>.</li>
<li>Tap <strong>Forgot password?</strong> and press <kbd class="kbd" dir="auto">Enter</kbd>.</li>
<li>Choose one:<ul><li>SMS</li><li>email</li></ul></li>
</ol></div>`),
    );
    expect(body(md)).toBe('1. Open Settings → Xiaomi Account.\n2. Tap **Forgot password?** and press `Enter`.\n3. Choose one:\n\n   - SMS\n   - email');
  });

  it('quotes a callout or block with its title, leaving out its icon', () => {
    const md = articleMarkdown(
      input(`<div data-block="never-share-codes" role="note" class="callout" data-callout="danger" aria-label="Never share codes"><p class="font-bold"><span aria-hidden="true">⚠</span>Never share codes</p><div class="callout-body"><p>Xiaomi never asks for them.</p><p>Nor does anyone else.</p></div></div>`),
    );
    expect(body(md)).toBe('> **Never share codes**\n>\n> Xiaomi never asks for them.\n>\n> Nor does anyone else.');
  });

  it('makes links absolute and keeps the official marker after the link, without its arrow', () => {
    const md = articleMarkdown(
      input(`<p>See <a href="/en/strong-password/">a strong password</a>, <a href="#after">below</a> and <a href="https://account.xiaomi.com/" class="official-link" rel="external" data-official>account.xiaomi.com<span class="official-badge" data-pagefind-ignore> (official Xiaomi site)</span><span aria-hidden="true" class="official-arrow">↗</span></a>.</p>`),
    );
    expect(body(md)).toBe(
      'See [a strong password](https://help.example/en/strong-password/), [below](https://help.example/en/reset-password/#after) and [account.xiaomi.com](https://account.xiaomi.com/) (official Xiaomi site).',
    );
  });

  it('leaves out the table of contents and turns the recovery selector and password checker into a sentence and a link', () => {
    const md = articleMarkdown(
      input(`<p>Lead.</p><details class="toc"><summary>On this page</summary><nav><ul><li><a href="#a">A</a></li></ul></nav></details>
<aside class="recovery-embed" aria-label="Find your way back" data-recovery-embed><p class="text-xl">Find your way back</p><p class="mt-1">Answer a few questions.</p><astro-island><div data-recovery-selector><button>Yes</button><input type="text"></div></astro-island><p class="mt-4"><a href="/en/recovery/" data-recovery-page-link>Open the selector</a></p></aside>
<section class="password-tool" data-password-tool><p>Privacy</p><noscript><p>Needs JavaScript</p></noscript><astro-island><input type="password"><progress></progress></astro-island></section>`),
    );
    expect(body(md)).toBe(
      'Lead.\n\n**Find your way back** Answer a few questions. [Open the selector](https://help.example/en/recovery/)\n\nCheck how strong a new password is [Open the password checker](https://help.example/en/tools/password-strength/)',
    );
  });

  it('keeps the proof list, headings and a figure; escapes text that would read as markup', () => {
    const md = articleMarkdown(
      input(`<h2 id="proof">What to prepare</h2><div class="proof-of-ownership" data-proof><p>Gather:</p><ul><li>The box &amp; receipt</li><li>Codes like &lt;b&gt; or *#06#</li></ul></div>
<figure data-figure><img src="/_astro/shot.hash.webp" alt="The sign-in screen" width="720"><figcaption>The screen</figcaption></figure>`),
    );
    expect(body(md)).toBe('## What to prepare\n\nGather:\n\n- The box & receipt\n- Codes like \\<b> or \\*#06#\n\n![The sign-in screen](https://help.example/_astro/shot.hash.webp)\n\n*The screen*');
    expect(md).not.toMatch(TAG);
  });

  it('reads only the article’s text, not the page around it, and fails loudly on a page without one', () => {
    const md = articleMarkdown(input('<p>Only this.</p>'));
    expect(md).not.toContain('Next');
    expect(md).not.toContain('Checked');
    expect(() => articleMarkdown({ ...input(''), html: '<html><body><p>No article</p></body></html>' })).toThrow(/no \[data-article-content\]/);
  });
});
