export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'windows-1250' | 'macintosh';
export interface DecodedText {
    text: string;
    encoding: TextEncoding;
    /** Lines (from 1) where bytes that were not UTF-8 were replaced with U+FFFD. */
    replacedOnLines: number[];
    /** Lines where zero bytes (NUL) were left out, when the caller tolerates them. */
    nulsRemovedOnLines: number[];
}
export declare function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean;
/**
 * The text and the encoding it was read in; null for bytes that are not text. With
 * `tolerateNuls`, a few zero bytes in otherwise plain text are left out (and their lines said).
 */
export declare function decodeText(bytes: Uint8Array, { tolerateNuls }?: {
    tolerateNuls?: boolean | undefined;
}): DecodedText | null;
/** Whether the bytes open with a byte order mark, which says their encoding outright. */
export declare function hasByteOrderMark(bytes: Uint8Array): boolean;
