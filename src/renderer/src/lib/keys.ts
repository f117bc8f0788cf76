// Keyboard conventions shared by the forms.
import type { KeyboardEvent } from 'react';

/** Ctrl+Enter (⌘+Enter on a Mac): submit the form or save the panel the focus is in. */
export function isSubmitShortcut(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && e.key === 'Enter';
}
