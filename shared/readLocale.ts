// A locale as the system or the browser writes it, read: what the app's regional guesses (the
// date locale, the currency proposed for a pay) go by.

/**
 * Its BCP 47 tag (a POSIX name "en_GB.UTF-8" is "en-GB") and the region it names or implies
 * ("en-GB" GB, "de" DE, "en" US; undefined when it implies none); null when it is no locale.
 */
export function readLocale(written: string): { tag: string; region: string | undefined } | null {
  const tag = written.replace(/[.@].*$/, '').replace(/_/g, '-');
  try {
    return { tag, region: new Intl.Locale(tag).maximize().region };
  } catch {
    return null;
  }
}
