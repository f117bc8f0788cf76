import { useState } from 'react';
// A dialog that is closed shows nothing, so while it stays closed it need not render again when
// its parent does: the workspace renders on every j/k and verdict key, and its dialogs (paste,
// import, export) took a sixth of a key's render work while closed. Used with React.memo; the
// dialog renders with its latest props as soon as it opens (and once more as it closes).
export function staysClosed(prev: { open: boolean }, next: { open: boolean }): boolean {
  return !prev.open && !next.open;
}

/**
 * Whether a dialog is rendered: from the first time it opens on (and it stays, so closing works
 * as before: the native dialog closes and focus goes back). Until then it is not rendered at
 * all: the first screen's render and commit do not pay for dialogs nobody opened (settings,
 * shortcuts, the first-run question when a name is set, paste).
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
