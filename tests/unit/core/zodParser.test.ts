// The quick parser of the application schemas (zodParser.ts) against zod's own runtime: on valid
// records, on records broken at one place in every way a file or a bug could break them, and on
// the small schemas of each kind it models. Whatever it accepts, zod accepts, giving the same
// value, keys in the same order; whatever zod refuses, it leaves to zod.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationSchema, storedApplicationSchema } from '@shared/application';
import { z } from '@shared/zod';
import { quickParser, withQuickParser } from '@shared/zodParser';
import { applicationArb, instantArb } from '../arbitraries';

/** The value with its keys in order and undefined kept, for comparing outputs exactly. */
function layout(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(layout);
  if (typeof value === 'object' && value !== null)
    return Object.keys(value).map((key) => [key, layout((value as Record<string, unknown>)[key])]);
  return value === undefined ? '(undefined)' : value;
}

/** What zod's runtime makes of the input: its async parse never takes a quick parser. */
async function runtime(schema: z.ZodType, input: unknown) {
  return schema.safeParseAsync(input);
}

async function expectSameAsRuntime(schema: z.ZodType, parse: (input: unknown) => unknown, input: unknown) {
  const expected = await runtime(schema, input);
  const quick = parse(input);
  if (quick === z.INVALID) {
    // Left to the runtime, which then answers as before; valid input must not need it.
    expect(expected.success && `the quick parser refused valid input`).toBe(false);
    return;
  }
  expect(expected.success).toBe(true);
  expect(layout(quick)).toEqual(layout(expected.data));
  // A new value: the caller may change it without changing the input.
  if (typeof input === 'object' && input !== null) expect(quick).not.toBe(input);
}

/** Every path to a value in a record: ["offer", "other", 0, "amount"]. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...at, key]))];
}

/** A copy of the record with the value at `path` replaced, or removed when `replacement` is absent. */
function changedAt(record: unknown, path: (string | number)[], replacement: { value: unknown } | null): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  if (path.length === 0) return replacement ? replacement.value : copy;
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as never, copy);
  const key = path.at(-1)!;
  if (replacement) parent[key] = replacement.value;
  else delete parent[key];
  return copy;
}

/** What a file or a bug puts where a value should be: near misses of every field's rules. */
const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    ' Acme ',
    'x'.repeat(201),
    'x'.repeat(2_001),
    '2026-02-30',
    '2026-13-01',
    '2026-05-18',
    '2026-05-18T09:00:00',
    '2026-05-18T24:00:00Z',
    '9999-01-01',
    '1969-12-31T23:00:00Z',
    'usd',
    'USD',
    'EURO',
    'http://localhost/jobs',
    'https://example.com/a\u200b',
    'javascript:alert(1)',
    'a@b',
    'name@example.com',
    'month',
    'stipend',
    'provided',
    'saved',
    'offer',
    'applied',
    'wishlist',
  ),
  instantArb,
  fc.constantFrom(0, -1, 0.5, 1, 5, 6, 104, 105, 1e9, 1e9 + 1, 1e16, NaN, Infinity, -Infinity, -0),
  fc.double(),
  fc.integer(),
  fc.constantFrom(null, undefined, true, false, {}, [], [''], [{}], { type: 'provided' }, { type: 'stipend' }),
  fc.string(),
);

/** A record changed at one place: a value replaced, a key removed, or a key added. */
const brokenArb = applicationArb.chain((app) =>
  fc
    .record({
      path: fc.constantFrom(...pathsOf(app)),
      change: fc.oneof(
        junkArb.map((value) => ({ value })),
        fc.constant(null),
        fc.record({ key: fc.constantFrom('extra', 'dayOnly', 'id', '__proto__'), value: junkArb }),
      ),
    })
    .map(({ path, change }) => {
      if (change !== null && 'key' in change) {
        const target = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], app);
        if (typeof target !== 'object' || target === null || Array.isArray(target)) return app;
        return changedAt(app, path, { value: { ...target, [change.key]: change.value } });
      }
      return changedAt(app, path, change);
    }),
);

const schemas = [
  ['applicationSchema', applicationSchema],
  ['storedApplicationSchema', storedApplicationSchema],
] as const;

describe.each(schemas)('the quick parser of %s', (_, schema) => {
  const parse = quickParser(schema);

  it('takes every valid record as zod does', async () => {
    await fc.assert(
      fc.asyncProperty(applicationArb, async (app) => {
        expect(parse(app)).not.toBe(z.INVALID);
        await expectSameAsRuntime(schema, parse, app);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a record changed at one place only where zod does, with the same value', async () => {
    await fc.assert(
      fc.asyncProperty(brokenArb, (input) => expectSameAsRuntime(schema, parse, input)),
      { numRuns: 1_000 },
    );
  });

  it('leaves the messages of a refused record to zod', () => {
    const result = schema.safeParse({ ...fc.sample(applicationArb, 1)[0]!, company: '  ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Company is required']);
  });
});

describe('the quick parser of each kind of schema', () => {
  const cases: [string, z.ZodType, unknown[]][] = [
    ['a trimmed string', z.string().trim().min(1).max(3), ['a', ' ab ', '  ', 'abcd', 1, null]],
    [
      'a string counted in code points',
      z.string().min(2).max(3),
      ['ab', '😀', '😀😀', 'a😀', 'ab😀', '😀😀😀', '😀😀😀😀', 'abcd'],
    ],
    ['a pattern', z.string().regex(/^[A-Z]{3}$/), ['USD', 'usd', '']],
    ['a number within bounds', z.number().nonnegative().lt(10), [0, -0, -1, 9.99, 10, 1e16]],
    ['a number', z.number().int().positive().max(5), [1, 5, 0, 6, 1.5, NaN, Infinity, '1', null]],
    ['a nullable enum', z.enum(['a', 'b']).nullable(), ['a', 'c', null, undefined]],
    [
      'an object with an optional literal',
      z.object({ a: z.string(), flag: z.literal(true).optional() }),
      [
        { a: 'x' },
        { a: 'x', flag: true },
        { a: 'x', flag: undefined },
        { a: 'x', flag: false },
        { a: 'x', more: 1 },
        { flag: true },
        { a: undefined },
        [],
        null,
      ],
    ],
    [
      'an array with bounds',
      z.array(z.boolean()).min(1).max(2),
      [[true], [true, false], [], [true, true, true], [1], 'x'],
    ],
    [
      'a refined object',
      z.object({ min: z.number(), max: z.number() }).refine((p) => p.min <= p.max),
      [
        { min: 1, max: 2 },
        { min: 3, max: 2 },
      ],
    ],
    [
      'a discriminated union',
      z.discriminatedUnion('type', [
        z.object({ type: z.literal('stipend'), amount: z.number() }),
        z.object({ type: z.literal('provided') }),
      ]),
      [{ type: 'provided' }, { type: 'provided', amount: 1 }, { type: 'stipend', amount: 1 }, { type: 'stipend' }, {}],
    ],
    ['a lazy schema', z.lazy(() => z.string().max(2)), ['ab', 'abc']],
  ];

  it.each(cases)('%s', async (_, schema, inputs) => {
    const parse = quickParser(schema);
    for (const input of inputs) await expectSameAsRuntime(schema, parse, input);
    // The schema it makes answers as the runtime does, valid or not.
    const quick = withQuickParser(schema);
    for (const input of inputs) expect(quick.safeParse(input)).toEqual(await runtime(schema, input));
  });

  it('leaves a kind it does not model to zod', () => {
    const transformed = z.string().transform((s) => s.length);
    expect(() => quickParser(transformed)).toThrow(/not modelled/);
    expect(withQuickParser(transformed)).toBe(transformed);
  });
});
