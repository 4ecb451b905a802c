/**
 * Where the browser fetches each pack: Vite copies src/lib/password/packs/<name>.txt to
 * _astro/<name>.<content hash>.txt (cached for a year, see src/lib/security/headers.ts) and gives its URL.
 */
import common from './packs/common.txt?url';
import enCore from './packs/en-core.txt?url';
import enRest from './packs/en-rest.txt?url';
import es from './packs/es.txt?url';
import id from './packs/id.txt?url';
import ptBr from './packs/pt-br.txt?url';
import type { PackName } from './packs.ts';

export const PACK_URLS: Readonly<Record<PackName, string>> = { common, 'en-core': enCore, 'en-rest': enRest, es, id, 'pt-br': ptBr };

/** The packs' text, fetched in parallel; a failed or partial download rejects (the island lets the reader retry). */
export function fetchPacks(names: readonly PackName[]): Promise<string[]> {
  return Promise.all(
    names.map(async (name) => {
      const r = await fetch(PACK_URLS[name], { credentials: 'omit' });
      if (!r.ok) throw new Error(`word list ${name}: HTTP ${r.status}`);
      return r.text();
    }),
  );
}
