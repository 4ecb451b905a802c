/**
 * The results as a listbox the search field controls: which option is active (aria-selected and the
 * field's aria-activedescendant), moved by the arrow keys while focus stays in the field.
 */
import { moveActive } from '../lib/search/results.ts';

export interface Listbox {
  /** Every option listed, in order. */
  readonly options: readonly HTMLAnchorElement[];
  /** The active option's index, -1 for none. */
  readonly active: number;
  add(option: HTMLAnchorElement): void;
  setActive(i: number): void;
  /** ArrowDown (+1) or ArrowUp (-1), wrapping. */
  move(delta: 1 | -1): void;
  clear(): void;
}

export function listbox(input: HTMLInputElement): Listbox {
  let options: HTMLAnchorElement[] = [];
  let active = -1;
  const setActive = (i: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = i;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  return {
    get options() {
      return options;
    },
    get active() {
      return active;
    },
    add: (option) => void options.push(option),
    setActive,
    move: (delta) => setActive(moveActive(active, delta, options.length)),
    clear: () => {
      options = [];
      active = -1;
    },
  };
}
