// A function's answers kept under the key of its arguments, for work asked again and again with
// the same few arguments (a plan's dates, a file's column names and places).

/** `compute`, remembered under the key of its arguments. */
export function remembered<Args extends unknown[], Value>(
  keyOf: (...args: Args) => string | number,
  compute: (...args: Args) => Value,
): (...args: Args) => Value {
  const known = new Map<string | number, Value>();
  return (...args) => {
    const key = keyOf(...args);
    if (known.has(key)) return known.get(key) as Value;
    const value = compute(...args);
    known.set(key, value);
    return value;
  };
}
