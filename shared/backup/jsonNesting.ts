// How deeply a backup's JSON may nest. Real backups nest under ten levels (data, applications,
// an application, its offer, its housing…); a file nested thousands deep is refused by reading
// its text once, before anything recurses into it and runs out of stack.

/** The deepest nesting of arrays and objects a backup may have. */
export const MAX_NESTING = 100;

export interface JsonTextShape {
  /** The deepest nesting of arrays and objects. */
  depth: number;
  /** True when the text stops inside a string, object or array: a file cut off while copying. */
  endsEarly: boolean;
}

/** Reads JSON text's nesting in one pass, strings skipped; valid JSON or not. */
export function jsonTextShape(text: string): JsonTextShape {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') deepest = Math.max(deepest, (depth += 1));
    else if (ch === '}' || ch === ']') depth -= 1;
  }
  return { depth: deepest, endsEarly: inString || depth > 0 };
}
