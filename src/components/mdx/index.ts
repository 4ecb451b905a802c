/** Components every article can use without importing them (their names, for the build's checks: names.ts). */
import A from './A.astro';
import Callout from './Callout.astro';
import Steps from './Steps.astro';
import UiPath from './UiPath.astro';
import Kbd from './Kbd.astro';
import OfficialLink from './OfficialLink.astro';
import Figure from './Figure.astro';
import RecoverySelector from './RecoverySelector.astro';
import PasswordChecker from './PasswordChecker.astro';
import ProofOfOwnership from './ProofOfOwnership.astro';
import Block from './Block.astro';
import type { MdxComponentName } from './names.ts';

export const mdxComponents = {
  a: A,
  Callout,
  Steps,
  UiPath,
  Kbd,
  OfficialLink,
  Figure,
  RecoverySelector,
  PasswordChecker,
  ProofOfOwnership,
  Block,
} satisfies Record<'a' | MdxComponentName, unknown>;
