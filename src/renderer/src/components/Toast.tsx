import { useEffect } from 'react';

export interface ToastMessage {
  id: number;
  text: string;
  action?: { label: string; run(): void };
}

export function Toast({ toast, onDismiss, timeoutMs = 8000 }: { toast: ToastMessage | null; onDismiss(): void; timeoutMs?: number }) {
  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(onDismiss, timeoutMs);
    return () => window.clearTimeout(timer);
  }, [toast, onDismiss, timeoutMs]);
  if (!toast) return null;
  return (
    <div className="toast" role="status">
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
        </button>
      )}
    </div>
  );
}
