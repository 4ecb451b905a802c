/**
 * The components every article can use without importing them, by name. index.ts registers exactly
 * these (the type checker holds the two lists together); the build checks articles against this list
 * before rendering (src/integrations/mdx-errors.ts), since .astro files cannot be loaded there.
 */
export const MDX_COMPONENT_NAMES = [
  'Callout',
  'Steps',
  'UiPath',
  'Kbd',
  'OfficialLink',
  'Figure',
  'RecoverySelector',
  'PasswordChecker',
  'ProofOfOwnership',
  'Block',
] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

/** Components written as one self-closing tag (`<UiPath path="…" />`): nothing goes between tags. */
export const EMPTY_MDX_COMPONENTS: readonly MdxComponentName[] = ['UiPath', 'Figure', 'RecoverySelector', 'PasswordChecker', 'ProofOfOwnership', 'Block'];
