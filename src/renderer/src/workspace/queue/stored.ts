// A piece of view state kept in localStorage, so the reviewer's choices (sort, verdict filter,
// list height) survive a reload and anything that re-mounts the view, such as a language change.
import { useCallback, useState } from 'react';

export function useStoredState<T>(key: string, fallback: T, accept: (value: unknown) => value is T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
      return accept(stored) ? stored : fallback;
    } catch {
      return fallback;
    }
  });
  const store = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // A full or blocked storage only loses the memory of the choice, never the choice.
      }
    },
    [key],
  );
  return [value, store];
}

export const oneOf =
  <T extends string>(choices: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (choices as readonly string[]).includes(value);

export const numberBetween =
  (min: number, max: number) =>
  (value: unknown): value is number =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
