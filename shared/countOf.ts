// A count with its noun for user-facing text: "1 application", "1,204 rows".

export function countOf(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
