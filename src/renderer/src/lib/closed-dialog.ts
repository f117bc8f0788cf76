// A dialog that is closed shows nothing, so while it stays closed it need not render again when
// its parent does: the workspace renders on every j/k and verdict key, and its dialogs (paste,
// import, export) took a sixth of a key's render work while closed. Used with React.memo; the
// dialog renders with its latest props as soon as it opens (and once more as it closes).
export function staysClosed(prev: { open: boolean }, next: { open: boolean }): boolean {
  return !prev.open && !next.open;
}
