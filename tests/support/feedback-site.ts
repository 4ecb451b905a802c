/**
 * The site built with the reader-feedback widget (FEEDBACK_ENDPOINT=/api/feedback): one build, shared
 * by the build test of the widget and the browser test through nginx (tests/support/shared-build.ts).
 * SITE_URL stays the default, so the feedback service reads this build with its default SITE_URL.
 */
import type { FixtureBuild } from './fixture.ts';
import { sharedBuild } from './shared-build.ts';

export const FEEDBACK_ENDPOINT = '/api/feedback';

export function feedbackSite(): FixtureBuild {
  const r = sharedBuild({ name: 'feedback-site', env: { FEEDBACK_ENDPOINT } });
  if (!r.ok) throw new Error(`the FEEDBACK_ENDPOINT=${FEEDBACK_ENDPOINT} build failed:\n${r.output.slice(-3000)}`);
  return r;
}
