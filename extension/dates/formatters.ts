const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The one cache of date formatters, by a key naming the locale or time zone and the shape:
 * building an `Intl.DateTimeFormat` costs far more than using one (`toLocaleString` builds a new
 * one on every call, which is most of the cost of rendering a karte's 200 dates).
 */
export function cachedFormatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f;
}
