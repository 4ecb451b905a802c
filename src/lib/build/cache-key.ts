/**
 * The `cacheKey` of a page for Astro's incremental build (`experimental.incrementalBuild` in
 * astro.config.mjs). Astro restores a page from `.astro/cache/` instead of rendering it when its
 * `cacheKey` and the hash of its module graph (templates, components, dictionaries: Astro's part)
 * are both what they were in the last build. The key must therefore cover every piece of data the
 * page shows that is not code: it is the hash of a canonical serialization of what the page knows
 * (its route object, the build environment, its notices and blocks; src/data/cache-keys.ts gathers
 * them). Pure: no astro import, no clock, no file.
 */
import { createHash } from 'node:crypto';

/** Changes every key at once when what goes into a key changes shape (a new rule below). */
export const CACHE_KEY_VERSION = 1;

/**
 * Called for every object before it is serialized: returns the object itself, or what stands for it
 * (a content entry by what the page shows of it, see `describeEntries`).
 */
export type Describe = (value: object) => unknown;

/**
 * One string for a value, the same for equal values whatever the order their keys were set in:
 * object keys sorted, `undefined` and functions left out (as JSON does), Dates as ISO strings, Maps
 * as sorted entries, Sets as sorted items. Stops on what has no stable text (a symbol, a bigint, a
 * number that is not finite, an invalid date, a cycle), naming where it is.
 */
export function canonical(value: unknown, describe?: Describe): string {
  const onPath = new Set<object>();
  const walk = (v: unknown, at: string): string | undefined => {
    if (v === null) return 'null';
    switch (typeof v) {
      case 'undefined':
      case 'function':
        return undefined;
      case 'string':
      case 'boolean':
        return JSON.stringify(v);
      case 'number':
        if (!Number.isFinite(v)) throw new TypeError(`cache key: ${at || 'the value'} is ${v}, which has no stable text`);
        return JSON.stringify(v);
      case 'bigint':
      case 'symbol':
        throw new TypeError(`cache key: ${at || 'the value'} is a ${typeof v}, which has no stable text`);
    }
    const object = v as object;
    if (object instanceof Date) {
      if (Number.isNaN(object.getTime())) throw new TypeError(`cache key: ${at || 'the value'} is an invalid date`);
      return JSON.stringify(`date:${object.toISOString()}`);
    }
    if (onPath.has(object)) throw new TypeError(`cache key: ${at || 'the value'} refers back to itself`);
    const described = describe ? describe(object) : object;
    if (described !== object) {
      onPath.add(object);
      const out = walk(described, at);
      onPath.delete(object);
      return out;
    }
    onPath.add(object);
    let out: string;
    if (Array.isArray(object)) {
      out = `[${object.map((item, i) => walk(item, `${at}[${i}]`) ?? 'null').join(',')}]`;
    } else if (object instanceof Map) {
      const entries = [...object].map(([k, item], i) => `[${walk(k, `${at}<key ${i}>`) ?? 'null'},${walk(item, `${at}<${String(k)}>`) ?? 'null'}]`);
      out = `{"map":[${entries.sort().join(',')}]}`;
    } else if (object instanceof Set) {
      const items = [...object].map((item, i) => walk(item, `${at}<item ${i}>`) ?? 'null');
      out = `{"set":[${items.sort().join(',')}]}`;
    } else {
      const fields: string[] = [];
      for (const key of Object.keys(object).sort()) {
        const text = walk((object as Record<string, unknown>)[key], at ? `${at}.${key}` : key);
        if (text !== undefined) fields.push(`${JSON.stringify(key)}:${text}`);
      }
      out = `{${fields.join(',')}}`;
    }
    onPath.delete(object);
    return out;
  };
  return walk(value, '') ?? 'null';
}

/** The key itself: a SHA-256 of the canonical text (base64url, 43 characters) and the rules' version. */
export function cacheKey(value: unknown, describe?: Describe): string {
  return `${CACHE_KEY_VERSION}.${createHash('sha256').update(canonical(value, describe)).digest('base64url')}`;
}

/** A loaded content entry (src/data/content.ts): its fields, and Astro's entry with the digest of its file. */
interface LoadedEntry {
  raw: { digest?: string | undefined };
}

const isLoadedEntry = (v: object): v is LoadedEntry =>
  'raw' in v && typeof v.raw === 'object' && v.raw !== null && 'digest' in v.raw;

/**
 * Content entries by what a page shows of them. Another article (a list item, a related link, prev
 * and next, a hreflang partner) is shown by its fields (title, description, category, dates, reading
 * time): its text's digest is left out, so editing its text re-renders it and the pages whose list
 * shows a changed reading time, not every page that links to it. The page's `own` entries (its text,
 * or for a fallback page the fallback language's text) count with their digest (the file's bytes).
 */
export function describeEntries(own: readonly object[]): Describe {
  const owned = new Set(own);
  return (v) => {
    if (!isLoadedEntry(v)) return v;
    const { raw, ...shown } = v as LoadedEntry & Record<string, unknown>;
    return owned.has(v) ? { ...shown, digest: raw.digest ?? null } : shown;
  };
}
