// An extracted value together with the spans of page text it was read from.
import type { TextRange } from './postingDraft';

export interface Finding<T> {
  value: T;
  ranges: TextRange[];
}
