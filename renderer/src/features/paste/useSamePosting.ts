// Applications that keep the page being pasted (shared/samePosting.ts). The pasted text is made
// comparable once per paste, and each application's text once per record (cached by the record,
// which the read model replaces on every write), so a keystroke in the review compares nothing
// and a paste costs one number lookup per application.
import { useMemo } from 'react';
import type { Application } from '@shared/application';
import { comparablePostingText, postingFingerprint } from '@shared/samePosting';
import { useApplications } from '../../model/queries';

const fingerprints = new WeakMap<Application, number | null>();

function fingerprintOf(app: Application): number | null {
  let fingerprint = fingerprints.get(app);
  if (fingerprint === undefined) {
    fingerprint = postingFingerprint(comparablePostingText(app.postingText));
    fingerprints.set(app, fingerprint);
  }
  return fingerprint;
}

/** Applications whose kept posting text is `text`'s page; none for null (nothing pasted yet). */
export function useSamePosting(text: string | null): Application[] {
  const apps = useApplications(text !== null);
  const pasted = useMemo(() => {
    if (text === null) return null;
    const comparable = comparablePostingText(text);
    const fingerprint = postingFingerprint(comparable);
    return fingerprint === null ? null : { comparable, fingerprint };
  }, [text]);
  return useMemo(
    () =>
      pasted === null
        ? []
        : apps.filter(
            (app) =>
              fingerprintOf(app) === pasted.fingerprint && comparablePostingText(app.postingText) === pasted.comparable,
          ),
    [apps, pasted],
  );
}
