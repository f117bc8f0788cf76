// Normalisers for metadata values, shared by all formats. Metadata comes from untrusted pages
// and files, so every value is cleaned and validated here rather than trusted.

/** Collapses whitespace; empty → null. */
export function cleanString(value: unknown, maxLength = 500): string | null {
  if (typeof value !== 'string') return null;
  const s = value.replace(/\s+/g, ' ').trim();
  if (!s) return null;
  return s.length > maxLength ? s.slice(0, maxLength).trimEnd() : s;
}

/** "de-DE", "de_AT", "EN" → 'de' | 'en'; anything else → null (we only support these two). */
export function toLanguage(value: unknown): 'de' | 'en' | null {
  if (typeof value !== 'string') return null;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'de' || primary === 'en' ? primary : null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
// PDF dates: D:YYYYMMDDHHmmSS+HH'mm'
const PDF_DATE = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/;

function validYmd(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/**
 * Normalises a date to "YYYY-MM-DD" or an ISO timestamp. ISO input keeps its own offset
 * (converting to UTC could move the publication to the previous day). Other parseable formats
 * (RFC 2822, PDF "D:" dates) become UTC ISO timestamps. Unparseable → null.
 */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  let m = ISO_DATE.exec(s);
  if (m) return validYmd(m[1]!, m[2]!, m[3]!) ? s : null;
  m = ISO_TIMESTAMP.exec(s);
  if (m) {
    // "+0100" → "+01:00" so every consumer (and Date.parse) reads the offset the same way.
    const iso = s.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    return validYmd(m[1]!, m[2]!, m[3]!) && !Number.isNaN(Date.parse(iso)) ? iso : null;
  }
  m = PDF_DATE.exec(s);
  if (m) {
    const [, y, mo = '01', d = '01', h = '00', mi = '00', se = '00', tz] = m;
    const zone = !tz || tz === 'Z' ? 'Z' : `${tz.slice(0, 3)}:${tz.replace(/'/g, '').slice(3, 5) || '00'}`;
    const t = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${se}${zone}`);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  // Only accept free-form dates that contain a year, so "Monday" does not become 2001.
  if (!/\b\d{4}\b/.test(s)) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** Absolute http(s) URL (resolved against base), without the fragment; otherwise null. */
export function toHttpUrl(value: unknown, base?: string | null): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return null;
    url.hash = '';
    // The store's httpUrlSchema caps URLs at 2048 characters; longer ones are junk anyway.
    return url.href.length <= 2048 ? url.href : null;
  } catch {
    return null;
  }
}

export function firstNonNull<T>(...values: Array<T | null | undefined>): T | null {
  for (const v of values) if (v !== null && v !== undefined) return v;
  return null;
}
