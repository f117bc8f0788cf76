// react-i18next's useTranslation, with a t that keeps what it answered. i18next works each
// string out again on every call (key and namespace parsing, resource look-up, interpolation,
// plural rules), and the claim panel alone calls t about 80 times a render: in CPU profiles of
// the verdict and j/k keys, t() was a fifth of the renderer's script time. The strings are
// bundled (never loaded or added at run time), so a call with the same key and the same plain
// options answers the same until the language changes, which gives a new t (and a new cache).
import { useMemo } from 'react';
import { useTranslation as useI18nextTranslation } from 'react-i18next';

type AnyT = (...args: unknown[]) => unknown;

/** Options made only of strings, numbers, booleans and null (so JSON says all of them). */
function plainOptions(options: unknown): options is Record<string, string | number | boolean | null> | undefined {
  if (options === undefined) return true;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) return false;
  for (const value of Object.values(options)) {
    if (value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return false;
  }
  return true;
}

/** A cache holds at most this many strings (t with interpolated free text would otherwise grow it). */
const MAX_CACHED = 1000;

/** t with its string answers kept, for string keys and plain options; anything else goes to t as it is. */
export function cachingT<T>(fixed: T): T {
  const t = fixed as unknown as AnyT;
  const cache = new Map<string, string>();
  const cached = (...args: unknown[]): unknown => {
    const [key, options] = args;
    if (args.length > 2 || typeof key !== 'string' || !plainOptions(options)) return t(...args);
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    const known = cache.get(id);
    if (known !== undefined) return known;
    const value = t(...args);
    if (typeof value === 'string') {
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(id, value);
    }
    return value;
  };
  // i18next's fixed t carries its language and namespace (lng, ns, keyPrefix): keep them.
  return Object.assign(cached, t) as unknown as T;
}

/** Drop-in for react-i18next's useTranslation (same arguments, same answer), with a caching t. */
export const useTranslation = ((...args: Parameters<typeof useI18nextTranslation>) => {
  const result = useI18nextTranslation(...args);
  const original = result.t as unknown as AnyT;
  const t = useMemo(() => cachingT(original), [original]);
  const { i18n, ready } = result;
  return useMemo(() => Object.assign([t, i18n, ready], { t, i18n, ready }), [t, i18n, ready]);
}) as unknown as typeof useI18nextTranslation;
