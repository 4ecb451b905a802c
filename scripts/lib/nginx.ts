/**
 * Debian's nginx as the real host: serves a built site with docs/nginx.conf (or the snippet for a
 * base path) on a free loopback port, started and stopped by its caller (the host tests through
 * tests/support/nginx.ts, the feedback bench). Missing nginx is a clear failure with the command that
 * installs it, never a skip.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface NginxHost {
  url: string;
  close: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}:\n${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nginx did not answer on ${url}:\n${log()}`);
}

export interface NginxOptions {
  dist: string;
  /** The nginx.conf text to include in the server block. */
  snippet: string;
  /** Maps `dist` under this path. */
  base?: string;
  /** A scratch folder for nginx's files (emptied first). */
  dir: string;
  /** Connections one worker may hold (each proxied request takes two). */
  workerConnections?: number;
}

export async function startNginx(options: NginxOptions): Promise<NginxHost> {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(`nginx not found at ${NGINX_PATH}. The host tests need Debian's nginx: install it with "apt-get install -y nginx" (as root), or set NGINX_PATH.`);
  }
  const base = options.base ?? '/';
  const { dir } = options;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  // root is a folder in which the base path's last segment is the built site: root/help → dist.
  let root = options.dist;
  if (base !== '/') {
    root = join(dir, 'root');
    const inner = join(root, base.replace(/^\/|\/$/g, ''));
    mkdirSync(join(inner, '..'), { recursive: true });
    symlinkSync(options.dist, inner, 'dir');
  }
  const port = await freePort();
  writeFileSync(join(dir, 'site.conf'), options.snippet);
  const tmp = join(dir, 'tmp');
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'master_process off;',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      `events { worker_connections ${options.workerConnections ?? 64}; }`,
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      '  disable_symlinks off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(tmp, t)};`),
      '  server {',
      `    listen 127.0.0.1:${port};`,
      `    root ${root};`,
      `    include ${join(dir, 'site.conf')};`,
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  let output = '';
  const child = spawn(NGINX_PATH, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url, child, () => output);
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
