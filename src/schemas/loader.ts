/**
 * Astro's glob loader, with schema problems reported the editor's way: every bad file at once,
 * one line per problem naming the file, the field and what was expected (see src/lib/content/schema-errors.ts).
 */
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { ContentSchemaError } from '../lib/content/errors.ts';
import { formatIssues, impossibleDates } from '../lib/content/schema-errors.ts';

type GlobOptions = Parameters<typeof glob>[0];

interface Options {
  /** A kind that often has no files at all (dated notices): say nothing about an empty or missing folder. */
  mayBeEmpty?: boolean;
  /**
   * The ids whose MDX this build compiles, given every id (src/lib/build/scope.ts, compiledEntryIds);
   * the others are kept as data only: no module, so the bundler never sees their text. Unset: all.
   */
  compiled?: (ids: string[]) => Set<string>;
}

export function validatedGlob(options: GlobOptions, schema: z.ZodType, { mayBeEmpty = false, compiled }: Options = {}): Loader {
  const inner = glob(options);
  const fields = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  return {
    ...inner,
    load: async (context: LoaderContext) => {
      // During the first load problems are collected so the editor sees all of them; later (dev edits) each throws at once.
      let collected: string[] | undefined = [];
      const parseData = async <TData extends Record<string, unknown>>(props: Parameters<LoaderContext['parseData']>[0] & { data: TData }): Promise<TData> => {
        const file = props.filePath ? relative(process.cwd(), props.filePath).split(sep).join('/') : props.id;
        let raw = '';
        try {
          raw = props.filePath ? readFileSync(props.filePath, 'utf8') : '';
        } catch {
          // Unreadable here means the loader already reported it.
        }
        let lines = impossibleDates(file, raw);
        let result: TData | undefined;
        try {
          result = await context.parseData(props);
        } catch (error) {
          const parsed = schema.safeParse(props.data);
          if (parsed.success) throw error;
          lines = [...lines, ...formatIssues(file, parsed.error.issues, fields)];
        }
        if (lines.length) {
          if (!collected) throw new ContentSchemaError(lines);
          collected.push(...lines);
        }
        return result ?? props.data;
      };
      const logger = mayBeEmpty ? quietWhenEmpty(context.logger) : context.logger;
      try {
        await inner.load({ ...context, logger, parseData });
      } catch (error) {
        throw frontmatterSyntaxError(error) ?? error;
      }
      const problems = collected;
      collected = undefined;
      if (problems.length) throw new ContentSchemaError(problems);
      if (compiled) {
        const ids = [...context.store.keys()];
        const wanted = compiled(ids);
        if (wanted.size < ids.length) context.logger.info(`compiling ${wanted.size} of ${ids.length} ${context.collection}: the others are other languages' (kept as data)`);
        compileOnly(context.store, wanted);
      }
    },
  };
}

/**
 * Marks for compiling exactly the `wanted` entries. Both ways: the store is kept between builds and
 * the glob loader leaves an unchanged file's entry as it was, so a whole build after a shard's must
 * put back what the shard left as data.
 */
function compileOnly(store: LoaderContext['store'], wanted: Set<string>) {
  for (const entry of [...store.values()]) {
    const want = wanted.has(entry.id);
    if (Boolean(entry.deferredRender) === want) continue;
    store.delete(entry.id);
    store.set({ ...entry, deferredRender: want });
  }
}

/** The loader's logger without its warnings about a folder that is missing or has no files. */
function quietWhenEmpty(logger: LoaderContext['logger']): LoaderContext['logger'] {
  const empty = /^(No files found matching|The base directory .* does not exist)/;
  return Object.assign(Object.create(logger) as LoaderContext['logger'], { warn: (message: string) => (empty.test(message) ? undefined : logger.warn(message)) });
}

/** Astro reports broken YAML with the parser's words only; add the file, the line and what a line should look like. */
function frontmatterSyntaxError(error: unknown): Error | undefined {
  const e = error as { name?: string; message?: string; reason?: string; loc?: { file?: string; line?: number } };
  // MarkdownError and YAMLException before Astro 7.4; the yaml package's own YAMLParseError since.
  if (!['MarkdownError', 'YAMLException', 'YAMLParseError'].includes(e?.name ?? '') || !e.loc?.file) return undefined;
  const file = relative(process.cwd(), e.loc.file).split(sep).join('/');
  const where = e.loc.line ? ` (near line ${e.loc.line})` : '';
  // The parser's first line, without its own position and code frame (the line is given above).
  const reason = (e.reason ?? e.message ?? '').split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return new ContentSchemaError([
    `${file}: frontmatter is not valid YAML${where}: ${reason} — expected one "field: value" per line; ` +
      'put text that contains a colon or a quote in double quotes, close every quote and bracket',
  ]);
}
