/**
 * Debian's nginx as the real host for the host tests: scripts/lib/nginx.ts (shared with the feedback
 * bench), with its scratch folder in tests/.tmp/nginx-<name>.
 */
import { join } from 'node:path';
import { startNginx as start, type NginxHost } from '../../scripts/lib/nginx.ts';
import { TMP } from './paths.ts';

export { NGINX_PATH, type NginxHost } from '../../scripts/lib/nginx.ts';

/** `snippet` is the nginx.conf text to include in the server block; `base` maps `dist` under that path. */
export function startNginx(options: { dist: string; snippet: string; base?: string; name: string }): Promise<NginxHost> {
  const { name, ...rest } = options;
  return start({ ...rest, dir: join(TMP, `nginx-${name}`) });
}
