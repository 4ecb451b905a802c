/** `astro dev` on a free loopback port for a test: started in the project folder, stopped by the caller. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { cleanEnv } from './build.ts';

export interface DevServer {
  url: string;
  /** What the server printed so far (for assertion messages). */
  log: () => string;
  stop: () => void;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

/** Resolves once `probePath` answers (within 90 s); otherwise fails with the server's output. */
export async function startDevServer(dir: string, probePath: string): Promise<DevServer> {
  const port = await freePort();
  let log = '';
  const server: ChildProcess = spawn('astro', ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: cleanEnv({ ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' }),
  });
  server.stdout?.on('data', (d) => (log += d));
  server.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => void server.kill('SIGTERM');
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      await fetch(`${url}${probePath}`);
      return { url, log: () => log, stop };
    } catch {
      await new Promise((res) => setTimeout(res, 500));
    }
  }
  stop();
  throw new Error(`astro dev did not start:\n${log}`);
}
