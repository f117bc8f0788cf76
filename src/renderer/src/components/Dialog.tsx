// A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert
// (focus stays inside), Escape closes it, and focus returns where it was when it opened.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';

interface Props {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
  /** Element to focus first (a selector inside the dialog); else the first field. */
  initialFocus?: string;
  /** Escape and the close button work unless this is false (say, while an import runs). */
  closable?: boolean;
  /**
   * Where focus goes once the dialog has closed, instead of where it was when it opened (a
   * dialog that opened by itself, as the first-run question does, had nothing focused before):
   * returns false when it could not, and focus goes back as usual.
   */
  focusOnClose?: () => boolean;
}

export function Dialog({ open, title, onClose, children, className, initialFocus, closable = true, focusOnClose }: Props) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const closableRef = useRef(closable);
  closableRef.current = closable;
  const focusOnCloseRef = useRef(focusOnClose);
  focusOnCloseRef.current = focusOnClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      const target =
        (initialFocus ? dialog.querySelector<HTMLElement>(initialFocus) : null) ??
        dialog.querySelector<HTMLElement>('input:not([type=hidden]), textarea, select, button:not(.dialog-close)');
      target?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, initialFocus]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onCancel = (event: Event) => {
      event.preventDefault();
      if (closableRef.current) onCloseRef.current();
    };
    const onClosed = () => {
      const target = returnTo.current;
      returnTo.current = null;
      if (focusOnCloseRef.current?.()) return;
      if (target && document.contains(target)) target.focus();
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onClosed);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onClosed);
    };
  }, []);

  // Keep Tab inside the dialog (the page behind is inert; this also stops focus leaving to the browser UI).
  const onKeyDown = (event: React.KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return;
    const focusables = [...(ref.current?.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])') ?? [])];
    if (focusables.length === 0) return;
    const first = focusables[0]!;
    const last = focusables[focusables.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog ref={ref} className={`dialog ${className ?? ''}`} aria-labelledby={titleId} aria-modal="true" role="dialog" onKeyDown={onKeyDown}>
      {open && (
        <>
          <div className="dialog-head">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="dialog-close icon-btn" onClick={onClose} aria-label={t('close')} title={t('close')} disabled={!closable}>
              ×
            </button>
          </div>
          <div className="dialog-body">{children}</div>
        </>
      )}
    </dialog>
  );
}
