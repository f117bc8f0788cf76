// A short message at the bottom of the window, with at most one action (Undo). It goes away by
// itself, but never while the pointer is over it or focus is in it.
import { useEffect, useState } from 'react';

export interface ToastMessage {
  id: number;
  text: string;
  action?: { label: string; run(): void; /** Shown beside the label, e.g. "Ctrl+Z". */ shortcut?: string };
}

export function Toast({ toast, onDismiss, timeoutMs = 8000 }: { toast: ToastMessage | null; onDismiss(): void; timeoutMs?: number }) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const held = hovered || focused;
  useEffect(() => {
    if (!toast || held) return;
    const timer = window.setTimeout(onDismiss, timeoutMs);
    return () => window.clearTimeout(timer);
  }, [toast, onDismiss, timeoutMs, held]);
  // A new toast starts with nothing holding it (the old one's element may have gone under the pointer).
  useEffect(() => {
    setHovered(false);
    setFocused(false);
  }, [toast?.id]);
  if (!toast) return null;
  return (
    <div
      className="toast"
      role="status"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <span>{toast.text}</span>
      {toast.action && (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            toast.action!.run();
            onDismiss();
          }}
        >
          {toast.action.label}
          {toast.action.shortcut && <kbd className="toast-kbd">{toast.action.shortcut}</kbd>}
        </button>
      )}
    </div>
  );
}
