/**
 * Mistakes in content stop the build with every problem at once, one line each starting with the
 * file to fix, and no stack trace: the fix is in the content, not in our code.
 */
import { formatLinkProblem, type LinkProblem } from '../built/links.ts';

export class ContentError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[], heading = `Content has ${problems.length} problem(s)`) {
    super(`${heading}:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentError';
    this.problems = problems;
    this.stack = this.message;
  }
}

/** Frontmatter or data files that do not match their schema (src/schemas/). */
export class ContentSchemaError extends ContentError {
  constructor(lines: readonly string[]) {
    super(lines, `Content does not match its schema (${lines.length} problem(s))`);
    this.name = 'ContentSchemaError';
  }
}

/** Links and #anchors in the built pages that lead nowhere (the link-check step). */
export class BrokenLinksError extends ContentError {
  constructor(problems: readonly LinkProblem[]) {
    super(problems.map(formatLinkProblem), `${problems.length} broken link(s)`);
    this.name = 'BrokenLinksError';
  }
}

/** The recovery selector's tree or strings (content/recovery/). */
export class RecoveryTreeError extends ContentError {
  constructor(problems: readonly string[]) {
    super(problems, `The recovery tree has ${problems.length} problem(s)`);
    this.name = 'RecoveryTreeError';
  }
}
