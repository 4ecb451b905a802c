import { describe, expect, it } from 'vitest';
import { articleStructure, splitUiPath, uiPathNames } from '../../src/lib/content/article-structure.ts';

const source = `---
title: "## not a section"
---
Intro.

## First

<Steps>

1. One <UiPath path="Settings > Xiaomi Account" />
2. Two

</Steps>

1. A numbered list outside Steps is not a step.

## Second

\`\`\`
## not a section either
\`\`\`

<Steps>
1. Three <UiPath path='Настройки → О телефоне' />
</Steps>
`;

describe('article structure', () => {
  it('counts ## sections and the numbered items inside <Steps>, not frontmatter, code or other lists', () => {
    expect(articleStructure(source)).toEqual({ sections: 2, steps: 3 });
  });
  it('lists every menu name written in a UiPath, split as the component shows it', () => {
    expect(uiPathNames(source)).toEqual(['Settings', 'Xiaomi Account', 'Настройки', 'О телефоне']);
    expect(splitUiPath('A › B ← C')).toEqual(['A', 'B', 'C']);
  });
});
