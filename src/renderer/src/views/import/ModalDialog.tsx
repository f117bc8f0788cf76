// A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert,
// Tab is kept inside, Escape asks the owner to close (the owner decides; `open` is the truth),
// and focus goes back where it was when the dialog closes.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../claims-table/verdict.css';
import './dialog.css';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function ModalDialog(props: {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
  /** Escape and the close button stay active unless this says otherwise (e.g. while saving). */
  closable?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const returnFocus = useRef<Element | null>(null);
  const closable = props.closable ?? true;
  const onCloseRef = useRef(props.onClose);
  onCloseRef.current = props.onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) {
      returnFocus.current = document.activeElement;
      dialog.showModal();
    } else if (!props.open && dialog.open) {
      dialog.close();
    }
  }, [props.open]);

  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  useEffect(() => {
    if (props.open) return;
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target instanceof HTMLElement && target.isConnected) target.focus();
  }, [props.open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (closable) onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = [...(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter((el) => el.offsetParent !== null || el === document.activeElement);
    if (!items.length) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className={`cdv-dialog${props.className ? ` ${props.className}` : ''}`}
      aria-modal="true"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Escape handled above; the browser's own cancel (e.g. a close request) lands here.
        event.preventDefault();
        if (closable) onCloseRef.current();
      }}
      onClose={() => {
        // Closed by the browser while the owner still thinks it is open: tell the owner.
        if (props.open) onCloseRef.current();
      }}
    >
      {props.open && (
        <>
          <header className="cdv-dialog__head">
            <h2 id={titleId} className="cdv-dialog__title">
              {props.title}
            </h2>
            <CloseButton disabled={!closable} onClose={() => onCloseRef.current()} />
          </header>
          <div className="cdv-dialog__body">{props.children}</div>
        </>
      )}
    </dialog>
  );
}

function CloseButton({ disabled, onClose }: { disabled: boolean; onClose(): void }) {
  const { t } = useTranslation('views');
  return (
    <button type="button" className="cdv-dialog__close" aria-label={t('dialog.close')} title={t('dialog.close')} disabled={disabled} onClick={onClose}>
      ×
    </button>
  );
}
