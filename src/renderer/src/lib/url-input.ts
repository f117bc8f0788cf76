// What the URL fields check as you type, kept apart from the component so tests run it in Node.

/** True when the value cannot become a valid address by typing on, or looks complete. */
export function urlLooksFinished(value: string): boolean {
  const v = value.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return true; // javascript:, ftp:, www.x.org:8080 …
  if (/\s/.test(v)) return true;
  // A host with a dot, followed by a path: "example.org/page", "https://example.org/". Plain
  // string search, no pattern: this runs on every render, and a pattern that can backtrack
  // took seconds on a long paste.
  const rest = /^https?:\/\//i.test(v) ? v.slice(v.indexOf('//') + 2) : v;
  const slash = rest.indexOf('/');
  if (slash < 0) return false;
  // A dot with something on both sides, all before the first '/'.
  const dot = rest.indexOf('.', 1);
  return dot > 0 && dot < slash - 1;
}

/** The longest address the contract takes (httpUrlSchema in src/shared/domain.ts): longer input is cut, not checked. */
export const MAX_URL_LENGTH = 2048;

/**
 * `correctiv.org/faktencheck` → `https://correctiv.org/faktencheck`: a web address typed without
 * a scheme (a host with a dot before any slash) gets https://. Anything else is left as typed.
 */
export function withScheme(value: string): string {
  const trimmed = value.trim();
  if (!trimmed || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return trimmed;
  return /^[^\s/\\:@]+\.[^\s/\\.]+([/?#:].*)?$/u.test(trimmed) ? `https://${trimmed}` : trimmed;
}
