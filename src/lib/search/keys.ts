/** Which key presses open search. Pure, so the page-wide listener stays a few lines. */

export interface KeyLike {
  key: string;
  /** Physical key: Ctrl+K works on a Cyrillic or Arabic layout too. */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
  isComposing?: boolean;
}

export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
}

/** Typing into these must never be hijacked by "/". */
function isTextField(target: TargetLike | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Ctrl+K and ⌘K open search from anywhere; "/" too, unless the reader is typing in a field. */
export function isSearchShortcut(e: KeyLike, target: TargetLike | null): boolean {
  if (e.isComposing || e.altKey) return false;
  const isK = e.key.toLowerCase() === 'k' || e.code === 'KeyK';
  if (isK && (e.ctrlKey || e.metaKey) && !e.shiftKey) return true;
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !isTextField(target);
}
