import { describe, expect, it } from 'vitest';
import { splitLead } from '../../src/lib/lead.ts';

describe('splitLead', () => {
  it('ends the lead after the first top-level paragraph', () => {
    expect(splitLead('<p>First <a href="/x/">link</a>.</p>\n<h2 id="a">A</h2><p>Two</p>')).toEqual(['<p>First <a href="/x/">link</a>.</p>', '\n<h2 id="a">A</h2><p>Two</p>']);
  });
  it('keeps a whole list or box together, nested tags, void elements and comments included', () => {
    const box = '<div role="note" data-x="a>b"><p>One<br>two</p><img src="i.png"><!-- </div> --><ol><li>x</li></ol></div>';
    expect(splitLead(`${box}<p>rest</p>`)).toEqual([box, '<p>rest</p>']);
  });
  it('returns everything as the lead when there is a single block or none', () => {
    expect(splitLead('<p>Only</p>')).toEqual(['<p>Only</p>', '']);
    expect(splitLead('')).toEqual(['', '']);
  });
});
