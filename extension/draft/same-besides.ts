/**
 * True when `a` and `b` hold the same values (by identity) in every field but `except`: the
 * draft store replaces the whole object on each keystroke, but leaves the other fields' values as they were.
 */
export function sameBesides<T extends object>(a: T, b: T, except: keyof T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key === except || (key in b && a[key] === b[key]));
}
