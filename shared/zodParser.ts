// A schema's valid input parsed without zod's per-value bookkeeping, and without `new Function`
// (which the page's Content-Security-Policy refuses, so zod runs jitless: see zod.ts). Jitless, zod
// allocates a payload and an issue list for every value of a record: validating every row was over
// a quarter of the CSV import's check of a 10,000-row file. The parser made here walks the schema
// once into closures: the types are modelled as zod's jitless parser reads them, and every check
// and refinement is zod's own, run on the same values (the common bounds first tried as plain
// comparisons). It answers only for valid input: on anything else, and for any kind of schema it
// does not know, zod's own parser decides, so the messages are zod's.
import { z } from './zod';

type Parse = (input: unknown) => unknown;

/** A zod schema as its internals are read here: its definition and what the runtime derived from it. */
interface Internals {
  def: {
    type: string;
    checks?: readonly Check[];
    coerce?: boolean;
    innerType?: z.core.$ZodType;
    element?: z.core.$ZodType;
    shape?: Record<string, z.core.$ZodType>;
    catchall?: unknown;
    options?: readonly z.core.$ZodType[];
    discriminator?: string;
    unionFallback?: boolean;
  };
  traits: Set<string>;
  values?: Set<unknown>;
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
  innerType?: z.core.$ZodType;
  propValues?: Record<string, Set<unknown>>;
}

interface Check {
  _zod: {
    def: { when?: (payload: CheckPayload) => boolean };
    check: (payload: CheckPayload) => unknown;
  };
}

interface CheckPayload {
  value: unknown;
  issues: unknown[];
}

const internals = (schema: z.core.$ZodType) => schema._zod as unknown as Internals;

/** Thrown while building a parser for a kind of schema this file does not model. */
class Unmodelled extends Error {
  constructor(kind: string) {
    super(`A zod schema of type ${kind} is not modelled by the quick parser`);
  }
}

/**
 * The schema, answering valid input without zod's runtime and anything else with it. A schema with
 * a kind of value not modelled here is returned as it is.
 */
export function withQuickParser<T extends z.core.$ZodType>(schema: T): T {
  let parse: Parse;
  try {
    parse = quickParser(schema);
  } catch (error) {
    if (error instanceof Unmodelled) return schema;
    throw error;
  }
  return z.withParser(schema, parse as (input: unknown) => z.output<T>);
}

/**
 * The parser of the schema's valid input: its output, or z.INVALID where zod's runtime must
 * decide. Throws for a schema with a kind of value not modelled here.
 */
export function quickParser(schema: z.core.$ZodType): Parse {
  const zod = internals(schema);
  const { def } = zod;
  // A schema that is itself a check (z.custom) runs as one: not modelled.
  if (def.coerce || zod.traits.has('$ZodCheck')) throw new Unmodelled(def.type);
  return withChecks(typeParser(zod), def.checks ?? []);
}

/** The value's own type, as zod's parser for it takes it (before its checks). */
function typeParser(zod: Internals): Parse {
  const { def } = zod;
  switch (def.type) {
    case 'string':
      return (input) => (typeof input === 'string' ? input : z.INVALID);
    case 'number':
      return (input) => (typeof input === 'number' && Number.isFinite(input) ? input : z.INVALID);
    case 'boolean':
      return (input) => (typeof input === 'boolean' ? input : z.INVALID);
    case 'enum':
    case 'literal': {
      const values = zod.values!;
      return (input) => (values.has(input) ? input : z.INVALID);
    }
    case 'nullable': {
      const inner = quickParser(def.innerType!);
      return (input) => (input === null ? null : inner(input));
    }
    case 'optional': {
      // An exact optional, or one whose inner schema gives a default, reads undefined otherwise.
      if (zod.traits.has('$ZodExactOptional') || internals(def.innerType!).optin === 'defaulted')
        throw new Unmodelled('optional');
      const inner = quickParser(def.innerType!);
      return (input) => (input === undefined ? undefined : inner(input));
    }
    case 'lazy':
      return quickParser(zod.innerType!);
    case 'array':
      return arrayParser(quickParser(def.element!));
    case 'object':
      return objectParser(def);
    case 'union':
      return discriminatedParser(zod);
    default:
      throw new Unmodelled(def.type);
  }
}

function arrayParser(element: Parse): Parse {
  return (input) => {
    if (!Array.isArray(input)) return z.INVALID;
    const output = new Array<unknown>(input.length);
    for (let i = 0; i < input.length; i++) {
      const item = element(input[i]);
      if (item === z.INVALID) return z.INVALID;
      output[i] = item;
    }
    return output;
  };
}

/** An object with its shape's keys only, as zod's default (strip) object reads one. */
function objectParser(def: Internals['def']): Parse {
  const shape = def.shape!;
  if (def.catchall !== undefined || Object.getOwnPropertySymbols(shape).length > 0) throw new Unmodelled('object');
  const fields = Object.keys(shape)
    .filter((key) => key !== '__proto__')
    .map((key) => {
      const { optin, optout } = internals(shape[key]!);
      if (optin === 'defaulted') throw new Unmodelled('default');
      return { key, parse: quickParser(shape[key]!), omittable: optin === 'optional' && optout === 'optional' };
    });
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return z.INVALID;
    const record = input as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    for (const { key, parse, omittable } of fields) {
      const given = record[key];
      // An absent optional key stays absent; an absent required one is an issue.
      if (given === undefined && !(key in record)) {
        if (omittable) continue;
        return z.INVALID;
      }
      const value = parse(given);
      if (value === z.INVALID) return z.INVALID;
      output[key] = value;
    }
    return output;
  };
}

/** The option a discriminated union's tag names; a plain union is not modelled. */
function discriminatedParser(zod: Internals): Parse {
  const { def } = zod;
  if (!zod.traits.has('$ZodDiscriminatedUnion') || def.unionFallback) throw new Unmodelled('union');
  const options = new Map<unknown, Parse>();
  for (const option of def.options!) {
    const parse = quickParser(option);
    for (const tag of internals(option).propValues?.[def.discriminator!] ?? []) {
      if (options.has(tag)) throw new Unmodelled('union');
      options.set(tag, parse);
    }
  }
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return z.INVALID;
    const option = options.get((input as Record<string, unknown>)[def.discriminator!]);
    return option ? option(input) : z.INVALID;
  };
}

/**
 * The schema's checks, zod's own, run in order on the parsed value as zod runs them on valid
 * input. The common bounds are first tried as plain comparisons, each of which only says when a
 * value surely passes; at the first that cannot say, zod's checks take over from there.
 */
function withChecks(parse: Parse, checks: readonly Check[]): Parse {
  if (checks.length === 0) return parse;
  const steps = checks.map((check) => ({ check, ...quickCheck(check._zod.def as QuickDef) }));
  return (input) => {
    let value = parse(input);
    if (value === z.INVALID) return z.INVALID;
    let payload: CheckPayload | null = null;
    for (const { check, overwrite, passes } of steps) {
      if (payload === null) {
        if (overwrite) {
          value = overwrite(value);
          continue;
        }
        if (passes?.(value)) continue;
        payload = { value, issues: [] };
      }
      // As zod's runChecks: a check whose condition does not hold is skipped.
      const { when } = check._zod.def;
      if (when && !when(payload)) continue;
      // An async check is the runtime's to refuse.
      if (check._zod.check(payload) instanceof Promise || payload.issues.length > 0) return z.INVALID;
    }
    return payload === null ? value : payload.value;
  };
}

/** What the checks tried as plain comparisons say of themselves. */
interface QuickDef {
  check: string;
  maximum?: number;
  minimum?: number;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  tx?: (value: unknown) => unknown;
}

/**
 * A check as a plain comparison that is true only where zod's check surely passes (false where it
 * may not), or as the change an overwrite (trim) makes; nothing for any other check.
 */
function quickCheck(def: QuickDef): { passes?: (value: unknown) => boolean; overwrite?: (value: unknown) => unknown } {
  switch (def.check) {
    case 'overwrite':
      return { overwrite: def.tx! };
    case 'max_length': {
      // zod counts a string's code points, never more than its UTF-16 units.
      const maximum = def.maximum!;
      return { passes: (value) => (value as string | unknown[]).length <= maximum };
    }
    case 'min_length': {
      // A string's code points are at least half its units; an array's length is exact.
      const minimum = def.minimum!;
      return {
        passes: (value) =>
          typeof value === 'string' ? value.length >= 2 * minimum : (value as unknown[]).length >= minimum,
      };
    }
    case 'less_than':
    case 'greater_than': {
      if (typeof def.value !== 'number') return {};
      const bound = def.value;
      const below = def.check === 'less_than';
      return {
        passes: (value) => {
          const number = value as number;
          return below
            ? def.inclusive
              ? number <= bound
              : number < bound
            : def.inclusive
              ? number >= bound
              : number > bound;
        },
      };
    }
    case 'number_format':
      return def.format === 'safeint' ? { passes: (value) => Number.isSafeInteger(value) } : {};
    case 'string_format': {
      if (def.format !== 'regex') return {};
      const pattern = def.pattern!;
      return {
        passes: (value) => {
          pattern.lastIndex = 0;
          return pattern.test(value as string);
        },
      };
    }
    default:
      return {};
  }
}
