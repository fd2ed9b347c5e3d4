// How import messages quote a value from the file: on one line, and cut short when it is long.

export function shorten(value: string): string {
  const oneLine = value.replace(/\r\n|\r|\n/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}
