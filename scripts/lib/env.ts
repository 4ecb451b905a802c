/** The environment of a child build or script: none of Vite's or Vitest's variables, no telemetry (nothing leaves the machine). */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Vite/Vitest export BASE_URL, MODE, DEV… into process.env; a child build must not inherit them.
    if (/^(VITE|VITEST|TEST$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
