import { describe, expect, it } from 'vitest';
import { listedCopies, localeLlmsTxt, rootLlmsTxt } from '../../src/lib/seo/llms-txt.ts';

describe('llms.txt', () => {
  const locale = localeLlmsTxt({
    siteName: 'Xiaomi Account Help',
    summary: 'An independent guide to\nrecovering your Xiaomi account.',
    independent: 'This is an independent guide. It is not run by Xiaomi.',
    updated: { label: 'Updated', date: '2026-12-07' },
    sections: [
      { title: 'Signing in', articles: [{ title: 'Reset [your] password', description: 'By SMS or email.', markdown: 'https://help.example/en/reset-password.md' }] },
      { title: 'Empty', articles: [] },
      { title: 'Security', articles: [{ title: 'Hacked account', description: 'What to do first.', markdown: 'https://help.example/en/account-hacked.md' }] },
    ],
  });

  it('has the title, summary, independence notice, date and each category’s articles with a link to their Markdown', () => {
    expect(locale).toBe(`# Xiaomi Account Help

> An independent guide to recovering your Xiaomi account.

This is an independent guide. It is not run by Xiaomi.

Updated: 2026-12-07

## Signing in

- [Reset \\[your\\] password](https://help.example/en/reset-password.md): By SMS or email.

## Security

- [Hacked account](https://help.example/en/account-hacked.md): What to do first.
`);
  });

  it('gives back the Markdown copies it lists, in order (what llms-full.txt joins)', () => {
    expect(listedCopies(locale)).toEqual(['https://help.example/en/reset-password.md', 'https://help.example/en/account-hacked.md']);
  });

  it('lists the languages at the root', () => {
    const root = rootLlmsTxt({
      siteName: 'Xiaomi Account Help',
      summary: 'An independent guide.',
      independent: 'Not run by Xiaomi.',
      languages: [{ name: 'Русский', href: 'https://help.example/ru/llms.txt', summary: 'Независимый справочник.' }],
    });
    expect(root).toContain('## Languages\n\n- [Русский](https://help.example/ru/llms.txt): Независимый справочник.\n');
    expect(root.startsWith('# Xiaomi Account Help\n\n> An independent guide.\n\nNot run by Xiaomi.\n')).toBe(true);
  });
});
