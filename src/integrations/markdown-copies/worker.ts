/** A worker thread that makes Markdown copies (src/lib/built/markdown-copy.ts) for the markdown-copies step, beside the rest of the build. */
import { articleMarkdown, type MarkdownCopyInput } from '../../lib/built/markdown-copy.ts';
import { serveJobs } from '../worker-pool.ts';

serveJobs((input: MarkdownCopyInput) => articleMarkdown(input));
