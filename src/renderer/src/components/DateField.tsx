// A date field that follows the UI language, not the browser's locale: German "TT.MM.JJJJ"
// (04.12.2026), English ISO "YYYY-MM-DD". The value in and out is always ISO (or ''). Typed
// text is kept as typed until it is a whole date; ↑ / ↓ move the date by a day. A native
// <input type="date"> shows the browser's format (mm/dd/yyyy in a German UI on an English system).
import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO "2026-12-04" in the UI language's way of writing it. */
export function formatDateField(iso: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return lang.startsWith('de') ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** What a reader typed → ISO, or null when it is no whole, real date. ISO is understood in every language. */
export function parseDateField(text: string, lang: string): string | null {
  const trimmed = text.trim();
  let y: number, mo: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const de = lang.startsWith('de') ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed) : null;
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (de) [y, mo, d] = [Number(de[3]), Number(de[2]), Number(de[1])];
  else return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function DateField({ label, value, onChange, className }: { label: string; value: string; onChange: (iso: string) => void; className?: string }) {
  const { t, i18n } = useTranslation('claimants');
  const lang = i18n.language;
  const id = useId();
  const [text, setText] = useState(() => formatDateField(value, lang));
  const [invalid, setInvalid] = useState(false);
  // A new value from outside (or a language change) rewrites the text, unless it is what was typed.
  useEffect(() => {
    setText((current) => (parseDateField(current, lang) === value && value !== '' ? current : formatDateField(value, lang)));
    setInvalid(false);
  }, [value, lang]);

  const commit = (next: string) => {
    if (next.trim() === '') {
      setInvalid(false);
      if (value !== '') onChange('');
      return;
    }
    const iso = parseDateField(next, lang);
    setInvalid(iso === null);
    if (iso !== null && iso !== value) onChange(iso);
  };
  const format = t('dateField.format');
  return (
    <span className={`date-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        size={11}
        placeholder={format}
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          const iso = parseDateField(e.target.value, lang);
          if (iso !== null || e.target.value.trim() === '') commit(e.target.value);
        }}
        onBlur={() => commit(text)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(text);
          if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
            e.preventDefault();
            const base = parseDateField(text, lang) ?? value ?? '';
            const next = addDays(base || new Date().toISOString().slice(0, 10), base ? (e.key === 'ArrowUp' ? 1 : -1) : 0);
            setText(formatDateField(next, lang));
            commit(next);
          }
        }}
      />
      <span id={`${id}-hint`} className={invalid ? 'date-field__error' : 'sr-only'} role={invalid ? 'alert' : undefined}>
        {invalid ? t('dateField.invalid', { format }) : t('dateField.hint', { format })}
      </span>
    </span>
  );
}
