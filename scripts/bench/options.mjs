/**
 * `npm run bench` options, parsed with node:util's parseArgs (unknown options and bad values stop the
 * run with a message saying what is accepted).
 */
import { parseArgs } from 'node:util';

export const USAGE = `npm run bench -- [options]
  --n <N>               add a size: N articles per locale (repeatable: --n 5000 --n 10000)
  --sizes <a,b,…>       exactly these sizes instead of 100 and 1,000 plus any --n
  --quick               N = 50, Lighthouse on the article page only; writes bench/tmp/quick/, leaves bench/ and the README alone
  --repeat <k>          build each corpus k times, keep the fastest (the machine's other load adds noise)
  --starlight-max <N>   largest N built with Starlight (default 2,000: its output grows with N²)
  --starlight <version> compare with this Starlight instead of the newest one that fits our Astro
  --source <head|worktree>  build the last commit (default) or the work tree
  --out <dir>           write results.json/.md there (the README is then left alone)
  --no-starlight  --no-lighthouse  --no-readme  --keep (keep the temporary builds)
  --render              only re-render results.md and the README section from bench/results.json
  --first-view          only the first view per locale and page type, read from an existing build (default dist/;
                        --dist <dir>): median article HTML + blocking CSS + JS, gzip (scripts/bench/first-view.mjs);
                        with --out <dir>, also first-view.json and first-view.md there; with --lighthouse, also
                        Lighthouse mobile on each locale's median article and each page type in ru (a few minutes)
  --cards               only what share cards cost: per size (default 1,000) a build without cards, a cold and a
                        warm one with them; writes bench/results-cards.md (scripts/bench/cards.mjs)
  --shards              only one job per language: the real site (and the corpus at each --n or --sizes) built
                        once whole, once per locale and merged; time and peak memory of each, and whether the
                        merged folder equals the single build; writes bench/results-shards.md (scripts/bench/shards.mjs)
  --groups <a;b,c;…>    with --shards: the jobs, ';' between jobs, ',' between the locales one job builds
                        (e.g. "ru;en;es;ar,id,pt-br,tr,vi,hi": the partial locales, all showing English, as one job);
                        "auto": each target's jobs as \`npm run build:jobs\` lists them (a partial locale in the job of the
                        language whose articles it shows most)
  --incremental         only an editor's rebuild: per size (default 1,000) a cold \`npm run build\`, the same again, one
                        article's text edited, the edit undone; writes bench/results-incremental-run.md (scripts/bench/incremental.mjs)`;

const DEFAULT_SIZES = [100, 1000];

function positive(name, raw) {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}: expected a positive whole number, got "${raw}"\n\n${USAGE}`);
  return n;
}

export function benchOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        n: { type: 'string', multiple: true },
        sizes: { type: 'string' },
        quick: { type: 'boolean' },
        repeat: { type: 'string' },
        'starlight-max': { type: 'string' },
        starlight: { type: 'string' },
        source: { type: 'string' },
        out: { type: 'string' },
        'no-starlight': { type: 'boolean' },
        'no-lighthouse': { type: 'boolean' },
        'no-readme': { type: 'boolean' },
        keep: { type: 'boolean' },
        render: { type: 'boolean' },
        cards: { type: 'boolean' },
        shards: { type: 'boolean' },
        groups: { type: 'string' },
        incremental: { type: 'boolean' },
        'first-view': { type: 'boolean' },
        lighthouse: { type: 'boolean' },
        dist: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (e) {
    throw new Error(`${e.message}\n\n${USAGE}`);
  }
  if (values.lighthouse && !values['first-view']) throw new Error(`--lighthouse goes with --first-view (the full bench runs Lighthouse anyway; --no-lighthouse leaves it out)\n\n${USAGE}`);
  const source = values.source ?? 'head';
  if (!['head', 'worktree'].includes(source)) throw new Error(`--source: expected head or worktree, got "${source}"\n\n${USAGE}`);
  if (values.groups !== undefined && !values.shards) throw new Error(`--groups goes with --shards\n\n${USAGE}`);
  // "auto": each target's jobs as `npm run build:jobs` gives them (a partial locale with the language it shows most).
  const groups = values.groups === 'auto' ? 'auto' : values.groups?.split(';').map((job) => job.split(',').map((c) => c.trim()).filter(Boolean));
  if (Array.isArray(groups) && groups.some((job) => job.length === 0)) throw new Error(`--groups: an empty job in "${values.groups}"\n\n${USAGE}`);
  const quick = values.quick ?? false;
  const extra = (values.n ?? []).map((v) => positive('n', v));
  const sizes = values.sizes
    ? values.sizes.split(',').map((v) => positive('sizes', v.trim()))
    : values.shards
      ? [...new Set(extra)].sort((a, b) => a - b)
      : values.cards || values.incremental
      ? [...new Set([1000, ...extra])].sort((a, b) => a - b)
      : [...new Set([...(quick ? [50] : DEFAULT_SIZES), ...extra])].sort((a, b) => a - b);
  return {
    help: values.help ?? false,
    render: values.render ?? false,
    cards: values.cards ?? false,
    shards: values.shards ?? false,
    groups,
    incremental: values.incremental ?? false,
    firstView: values['first-view'] ?? false,
    firstViewLighthouse: values.lighthouse ?? false,
    dist: values.dist,
    quick,
    sizes,
    repeat: values.repeat ? positive('repeat', values.repeat) : 1,
    starlightMax: values['starlight-max'] ? positive('starlight-max', values['starlight-max']) : 2000,
    starlightVersion: values.starlight,
    source,
    out: values.out,
    starlight: !values['no-starlight'],
    lighthouse: !values['no-lighthouse'],
    readme: !values['no-readme'],
    keep: values.keep ?? false,
  };
}
