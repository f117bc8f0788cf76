// A labelled http(s) address field that says what is wrong while you type. Every URL input of
// the workspace (article, source, archived copy, organisation) is one of these.
import { forwardRef, type InputHTMLAttributes } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'type'> {
  id: string;
  label: string;
  value: string;
  onValueChange(value: string): void;
  /** The validation message; the field is marked invalid while there is one. */
  message: string | null;
}

export const UrlField = forwardRef<HTMLInputElement, Props>(function UrlField({ id, label, value, onValueChange, message, placeholder = 'https://', ...rest }, ref) {
  const messageId = `${id}-msg`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        {...rest}
        ref={ref}
        id={id}
        type="url"
        inputMode="url"
        value={value}
        placeholder={placeholder}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? messageId : undefined}
        onChange={(e) => onValueChange(e.target.value)}
      />
      {message && (
        <p id={messageId} className="field-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
});
