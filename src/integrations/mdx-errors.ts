/**
 * MDX for articles, with mistakes in the text reported the editor's way (src/lib/content/mdx-messages.ts).
 * Everything is found by the build's own MDX processing, nothing is parsed twice:
 * - MDX's parser errors (a "{" never closed, a tag never closed…), caught where the MDX plugin raises them;
 * - tags that name no component, from the MDX tree the parser built (a Sätteri plugin in the same pass);
 * - imports of files that do not exist, where Vite fails to resolve them.
 * `astro build` collects every broken article, then stops with one line per problem; `astro dev` says
 * the one line at once for the file being viewed.
 */
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import type { MdastPluginEntry } from 'satteri';
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleBodyError, boundNames, explainMdxSyntax, importLine, missingImport, unknownComponents, type MdxComponents, type UsedTag } from '../lib/content/mdx-messages.ts';

const MISSING = '\0article-missing-import:';
/** What a broken article compiles to, so the build can go on to the next article and report them all. */
const STUB = 'export const frontmatter = {};\nexport function getHeadings() { return []; }\nexport default function MDXContent() { return null; }\n';

/** Astro's MDX integration with the checks; use it instead of `mdx()`. */
export function articleMdx(components: MdxComponents): AstroIntegration[] {
  let root = process.cwd();
  const fileOf = (path: string) => relative(root, path.split('?')[0]!).split(sep).join('/');
  return [
    mdx({ processor: satteri({ mdastPlugins: [componentCheck(components, (url) => fileOf(fileURLToPath(url)))] }) }),
    {
      name: 'article-mdx-errors',
      hooks: {
        'astro:config:setup': ({ config, command, updateConfig }) => {
          root = fileURLToPath(config.root);
          updateConfig({ vite: { plugins: [mdxErrorsPlugin(components, fileOf, command === 'dev')] } });
        },
      },
    },
  ];
}

/** Per article (a plugin factory runs once per compile): every tag, and what the article imports itself. */
function componentCheck(components: MdxComponents, fileOf: (url: URL) => string): MdastPluginEntry {
  return (doc) => {
    const used: UsedTag[] = [];
    const esm: string[] = [];
    const tagged = (node: { name: string | null; position?: { start: { line: number } } | undefined }) => {
      if (node.name) used.push({ name: node.name, line: node.position?.start.line });
    };
    return {
      name: 'article-components',
      options: { position: true },
      mdxJsxFlowElement: tagged,
      mdxJsxTextElement: tagged,
      mdxjsEsm: (node) => {
        esm.push(node.value);
      },
      after: () => {
        const file = doc.fileURL ? fileOf(doc.fileURL) : 'an MDX file';
        const lines = unknownComponents(file, used, new Set(boundNames(esm.join('\n'))), components);
        if (lines.length) throw new ArticleBodyError(lines);
      },
    };
  };
}

function mdxErrorsPlugin(components: MdxComponents, fileOf: (path: string) => string, dev: boolean): Plugin {
  /** Problems by file. */
  const problems = new Map<string, readonly string[]>();
  const report = (file: string, lines: readonly string[], loc?: unknown) => {
    if (dev) {
      const error = Object.assign(new Error(lines.join('\n')), { loc });
      error.stack = error.message;
      throw error;
    }
    problems.set(file, [...(problems.get(file) ?? []), ...lines]);
  };
  return {
    name: 'article-mdx-errors',
    enforce: 'pre',
    configResolved(config) {
      const plugin = config.plugins.find((p) => p.name === '@mdx-js/rolldown');
      const hook = plugin?.transform;
      if (!hook || typeof hook !== 'object' || (hook.handler as { checked?: boolean }).checked) return;
      const compile = hook.handler;
      const checked = async function (this: ThisParameterType<typeof compile>, ...args: Parameters<typeof compile>) {
        try {
          return await compile.apply(this, args);
        } catch (error) {
          // The MDX plugin names what MDX threw "MDXError" and adds its place as `loc`.
          const e = error as Error & { loc?: { line?: number; column?: number } };
          const { loc } = e;
          if (!(e instanceof ArticleBodyError) && e?.name !== 'MDXError') throw error;
          const file = fileOf(args[1]);
          const lines = e instanceof ArticleBodyError ? e.problems : [explainMdxSyntax(file, { message: e.message, line: loc?.line, column: loc?.column }, components)];
          report(file, lines, loc);
          return { code: STUB, map: null };
        }
      };
      Object.assign(hook, { handler: Object.assign(checked, { checked: true }) });
    },
    resolveId: {
      filter: { id: /^\.\.?\// },
      async handler(source, importer, options) {
        if (!importer?.endsWith('.mdx')) return undefined;
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        if (resolved) return resolved;
        const file = fileOf(importer);
        let text = '';
        try {
          text = readFileSync(importer.split('?')[0]!, 'utf8');
        } catch {
          // The article itself was just read by Vite; without it, the line is simply left out.
        }
        report(file, [missingImport(file, importLine(text, source), source, fileOf(resolve(dirname(importer), source)), components)]);
        // The id must not end like an image: Astro's assets plugin would try to load a missing '.png' itself.
        return `${MISSING}${encodeURIComponent(source).replace(/\./g, '%2E')}`;
      },
    },
    // With a filter, Vite does not call the hook for every other module of the build.
    load: {
      filter: { id: new RegExp(`^${MISSING}`) },
      handler: () => 'export default {};',
    },
    buildEnd() {
      if (!problems.size) return;
      // By file, so the report reads the same from build to build whatever order Vite compiled in.
      const lines = [...problems.keys()].sort().flatMap((file) => problems.get(file)!);
      problems.clear();
      throw new ArticleBodyError(lines);
    },
  };
}
