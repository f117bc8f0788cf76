// A labelled http(s) address field that checks what you type. Every URL input of the workspace
// (article, source, archived copy, organisation) is one of these. The message shows at once
// for a scheme that can never be allowed (javascript:, data:, ftp: …) and otherwise only once
// the address looks finished or the field is left, so "h" is not already an error.
import { forwardRef, useState, type InputHTMLAttributes } from 'react';
import { MAX_URL_LENGTH, urlLooksFinished } from '../lib/url-input';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'type'> {
  id: string;
  label: string;
  value: string;
  onValueChange(value: string): void;
  /** The validation message for the value as it is (shown as described above). */
  message: string | null;
  /** A note about the value (https:// was added), shown in the message's line when there is no message. */
  note?: string | null;
}

export const UrlField = forwardRef<HTMLInputElement, Props>(function UrlField(
  { id, label, value, onValueChange, message, note = null, placeholder = 'https://', onBlur, maxLength = MAX_URL_LENGTH, ...rest },
  ref,
) {
  const [left, setLeft] = useState(false);
  const shown = message && (left || urlLooksFinished(value)) ? message : null;
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
        maxLength={maxLength}
        placeholder={placeholder}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? messageId : undefined}
        onChange={(e) => {
          // Typing again after leaving: back to "show when finished" until the next blur.
          setLeft(false);
          onValueChange(e.target.value);
        }}
        onBlur={(e) => {
          setLeft(true);
          onBlur?.(e);
        }}
      />
      {/* Always there, one line high: a message that appears on blur must not move the button
          the pointer is on its way to (the click would land beside it). */}
      {shown || !note ? (
        <p id={messageId} className="field-error url-field-message" role={shown ? 'alert' : undefined} aria-hidden={shown ? undefined : true}>
          {shown}
        </p>
      ) : (
        <p id={messageId} className="notice url-field-message url-field-note" role="status" title={note}>
          {note}
        </p>
      )}
    </div>
  );
});
