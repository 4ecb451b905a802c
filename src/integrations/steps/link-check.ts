/** Every internal link and #anchor of every page must resolve, or the build fails naming the content file. */
import { BrokenLinksError } from '../../lib/content/errors.ts';
import { checkSite, scannedLinks, type PageLinks } from '../../lib/built/links.ts';
import type { Step } from '../pipeline.ts';

export function linkCheck(): Step {
  const pages: { links: PageLinks; read: () => string }[] = [];
  let links = 0;
  return {
    name: 'link-check',
    scope: 'site',
    page: ({ file, url, facts }, { site }) => {
      pages.push({ links: scannedLinks(url, facts), read: () => site.read(file) });
      links += facts.links.length;
    },
    finish: ({ site }) => {
      const problems = checkSite(site.served(), pages, site.base);
      if (problems.length) throw new BrokenLinksError(problems);
      return `${links} links on ${pages.length} pages checked: none broken`;
    },
  };
}
