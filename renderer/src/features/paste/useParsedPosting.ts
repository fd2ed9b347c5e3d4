// What the parser finds in the text as the user pastes or types it: at once for a page of
// ordinary size, from a worker for a large one (nothing until it is read).
import { useEffect, useMemo, useState } from 'react';
import { parsePosting } from '@shared/posting/parsePosting';
import type { PostingDraft } from '@shared/posting/postingDraft';
import { isLargePage, type PostingReader } from './postingReader';

export interface ParsedPosting {
  /** Null while a large page is being read, or when reading it failed. */
  posting: PostingDraft | null;
  /** Why a large page could not be read. */
  failure: string | null;
}

const isCancelled = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

export function useParsedPosting(reader: PostingReader, text: string): ParsedPosting {
  const large = isLargePage(text);
  const ordinary = useMemo(() => (large ? null : parsePosting(text)), [large, text]);
  const [read, setRead] = useState<ParsedPosting & { text: string }>({ text: '', posting: null, failure: null });

  useEffect(() => {
    // A large page still being read is of no use once the text is short again.
    if (!large) {
      reader.stop();
      return;
    }
    let current = true;
    reader.readLarge(text).then(
      (posting) => current && setRead({ text, posting, failure: null }),
      (error: unknown) => {
        if (current && !isCancelled(error))
          setRead({ text, posting: null, failure: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [reader, large, text]);

  if (ordinary) return { posting: ordinary, failure: null };
  return read.text === text ? read : { posting: null, failure: null };
}
