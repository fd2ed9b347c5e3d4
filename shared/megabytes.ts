// A file's size as messages about files write it: "5.1 MB", "602 MB".

/** Rounded up, so a file just over a limit never reads as the limit itself. */
export function megabytes(bytes: number): string {
  return `${Math.ceil((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
