import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHASES, applicationSchema, type Application, type PayPeriod, type StageChange } from '@shared/application';
import { applicationsToCsv, csvExportRows, type CsvFormat } from '@shared/csv/csvExport';
import { decodeCsvBytes } from '@shared/csv/decodeCsvBytes';
import {
  DEFAULT_PIPELINE,
  STAGE_COLORS,
  pipelineSchema,
  stageLabel,
  stageNameKey,
  type Pipeline,
  type Stage,
} from '@shared/pipeline';
import { applicationArb, nonBlankArb } from '../arbitraries';
import { importText } from './importHelpers';
import { aPinterestApplication } from '../core/pinterestApplication';

const NOW = new Date(2026, 1, 5, 12, 0);

/**
 * What the CSV does not carry: ids (of the record and of every item in its lists: history
 * entries, deadlines, cohorts, events, contacts, offer parts), the posting's text, the board
 * rank, when the record was created and updated, and a contact with nothing in it but
 * spaces. Stages go by name and phase, so a history entry comes back in the stage of the
 * pipeline that has its name (names compare without case and spacing) and phase; the cohort that
 * counts and the offer's response deadline go by what they hold. Everything else comes back as
 * it was: this lists the record's fields by leaving out only the ones above.
 */
function carried(app: Application, pipeline: Pipeline) {
  const {
    id: _id,
    postingText: _postingText,
    boardRank: _boardRank,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    stageId,
    stageHistory,
    deadlines,
    cohorts,
    chosenCohortId,
    events,
    contacts,
    offer,
    ...rest
  } = app;
  const stage = (entry: Pick<StageChange, 'stageId' | 'phase'>) => stageNameKey(stageLabel(pipeline, entry));
  const withoutId = <T extends { id: string }>({ id: _, ...item }: T) => item;
  // The cohort that counts: the chosen one, else the only one (Cohort start and end hold it, and
  // reading them marks it chosen, which for an only cohort changes no date).
  const chosen = cohorts.find((c) => c.id === chosenCohortId) ?? (cohorts.length === 1 ? cohorts[0] : undefined);
  const responseDeadline = deadlines.find((d) => d.id === offer?.responseDeadlineId);
  return {
    ...rest,
    stage: stage({ stageId, phase: app.phase }),
    stageHistory: stageHistory.map((e) => ({
      stage: stage(e),
      phase: e.phase,
      at: e.at,
      dayOnly: e.dayOnly,
      note: e.note,
    })),
    deadlines: deadlines.map(withoutId),
    cohorts: cohorts.map(withoutId),
    chosenCohort: chosen ? { start: chosen.start, end: chosen.end } : null,
    events: events.map(withoutId),
    contacts: contacts
      .filter((c) => [c.name, c.role, c.email, c.phone, c.notes].some((v) => v.trim() !== ''))
      .map(withoutId),
    offer: offer && {
      ...offer,
      other: offer.other.map(withoutId),
      responseDeadlineId: undefined,
      responseDeadline: responseDeadline ? withoutId(responseDeadline) : null,
    },
  };
}

async function roundTrip(apps: Application[], pipeline: Pipeline, format: CsvFormat = 'comma') {
  const csv = applicationsToCsv(apps, { pipeline, now: NOW, format });
  const preview = await importText(csv, { pipeline });
  expect(preview.errors).toEqual([]);
  expect(preview.warnings).toEqual([]);
  expect(preview.notes).toEqual([]);
  const back = preview.rows.map((r) => r.application);
  expect(back.map((a) => carried(a, pipeline))).toEqual(apps.map((a) => carried(a, pipeline)));
  // The computed columns (next date, normalised pay) come out the same too.
  expect(applicationsToCsv(back, { pipeline, now: NOW, format })).toBe(csv);
  return back;
}

/**
 * The default pipeline with some stages renamed (to any text), some added, some removed: names
 * the vocabulary does not know, names with colons, brackets and line breaks, removed stages
 * sharing an active stage's name.
 */
const pipelineArb: fc.Arbitrary<Pipeline> = fc
  .record({
    renamed: fc.array(fc.option(nonBlankArb(20), { freq: 3 }), {
      minLength: DEFAULT_PIPELINE.stages.length,
      maxLength: DEFAULT_PIPELINE.stages.length,
    }),
    removed: fc.array(fc.boolean(), {
      minLength: DEFAULT_PIPELINE.stages.length,
      maxLength: DEFAULT_PIPELINE.stages.length,
    }),
    added: fc.array(
      fc.record({
        name: fc.oneof(nonBlankArb(20), fc.constantFrom('Applied', 'Offer (Accepted)', 'Coffee chat', 'OA: round 2')),
        phase: fc.constantFrom(...PHASES),
        color: fc.constantFrom(...STAGE_COLORS),
        removed: fc.boolean(),
      }),
      { maxLength: 5 },
    ),
  })
  .map(({ renamed, removed, added }) => ({
    stages: [
      ...DEFAULT_PIPELINE.stages.map((s, i) => ({ ...s, name: renamed[i] ?? s.name, removed: removed[i]! })),
      ...added.map((s, i) => ({ ...s, id: `custom-${i}` })),
    ],
  }))
  .filter((p) => pipelineSchema.safeParse(p).success);

/** Applications whose stages are the pipeline's: each history entry moved to a stage of its phase. */
function inPipeline(pipeline: Pipeline) {
  return fc
    .tuple(fc.array(applicationArb, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { minLength: 8, maxLength: 8 }))
    .map(([apps, choices]) =>
      apps.map((app) => {
        const stageHistory = app.stageHistory.map((entry, i) => {
          const ofPhase: Stage[] = pipeline.stages.filter((s) => s.phase === entry.phase);
          const stage = ofPhase[choices[i]! % ofPhase.length]!;
          return { ...entry, stageId: stage.id };
        });
        return applicationSchema.parse({ ...app, stageHistory, stageId: stageHistory.at(-1)!.stageId });
      }),
    );
}

describe('CSV round trip', () => {
  it('reads back a note with a NUL and other control characters, which the export leaves out', async () => {
    const app = aPinterestApplication({
      notes: 'before\u0000after \u0001\u001b[31mred\u007f\ttab\r\nnext',
      company: 'Acme\u0000',
    });
    const csv = applicationsToCsv([app], { pipeline: DEFAULT_PIPELINE, now: NOW });
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(csv).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    // As the file's bytes are read back, NUL and all.
    const decoded = decodeCsvBytes(new TextEncoder().encode(csv));
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.warnings).toEqual([]);
    const preview = await importText(decoded.text);
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.application.company, r.application.notes])).toEqual([
      ['Acme', 'beforeafter [31mred\ttab\r\nnext'],
    ]);
  });

  it('reads our export back with every field it carries unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(applicationArb, { minLength: 1, maxLength: 6 }), async (apps) => {
        const back = await roundTrip(apps, DEFAULT_PIPELINE);
        // In the pipeline it was exported from, every stage comes back as itself.
        expect(back.map((a) => a.stageHistory.map((e) => e.stageId))).toEqual(
          apps.map((a) => a.stageHistory.map((e) => e.stageId)),
        );
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('reads back the semicolon-separated format with decimal commas the same', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(applicationArb, { minLength: 1, maxLength: 6 }), async (apps) => {
        await roundTrip(apps, DEFAULT_PIPELINE, 'semicolon');
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('writes an unpaid role as "Unpaid" for people, and reads it back unpaid, in either format', async () => {
    const unpaid = (raw: string, period: PayPeriod | null) =>
      aPinterestApplication({ pay: { min: 0, max: 0, currency: 'EUR', period, raw }, offer: null });
    // "none" as typed in the editor's Pay from, which reads it as unpaid.
    const apps = [
      unpaid('Unpaid (academic credit)', null),
      unpaid('', 'hour'),
      unpaid('$0', 'total'),
      unpaid('none', 'month'),
    ];
    for (const format of ['comma', 'semicolon'] as const) {
      const [header, ...rows] = csvExportRows(apps, {
        pipeline: DEFAULT_PIPELINE,
        now: NOW,
        format,
      });
      const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]);
      // The pay as written stays as written: it is what the import reads back.
      expect(column('Pay')).toEqual(['Unpaid (academic credit)', '', '$0', 'none']);
      expect(column('Monthly pay')).toEqual(['Unpaid', 'Unpaid', 'Unpaid', 'Unpaid']);
      expect(column('Total pay')).toEqual(['Unpaid', 'Unpaid', 'Unpaid', 'Unpaid']);
      const back = await roundTrip(apps, DEFAULT_PIPELINE, format);
      expect(back.map((app) => app.pay)).toEqual(apps.map((app) => app.pay));
    }
  });

  it('keeps a length given in months as it was, in both formats', async () => {
    const app = aPinterestApplication({ cohorts: [], chosenCohortId: null, durationWeeks: 104 / 12 });
    for (const format of ['comma', 'semicolon'] as const) {
      expect(applicationsToCsv([app], { pipeline: DEFAULT_PIPELINE, now: NOW, format })).toContain('2 months');
      const [back] = await roundTrip([app], DEFAULT_PIPELINE, format);
      expect(back!.durationWeeks).toBe(104 / 12);
    }
  });

  it('reads a decimal comma before three digits as decimals, not thousands', async () => {
    const app = aPinterestApplication({
      pay: { min: 14.125, max: 14.125, currency: 'EUR', period: 'hour', raw: '' },
      durationWeeks: 12.5,
      offer: {
        currency: 'EUR',
        offeredOn: null,
        housing: null,
        relocation: 1.125,
        signOnBonus: 2.5,
        other: [],
        responseDeadlineId: null,
        returnOfferProspects: '',
      },
    });
    const csv = applicationsToCsv([app], { pipeline: DEFAULT_PIPELINE, now: NOW, format: 'semicolon' });
    expect(csv).toContain(';14,125;14,125;');
    const [back] = await roundTrip([app], DEFAULT_PIPELINE, 'semicolon');
    expect(back!.pay).toMatchObject({ min: 14.125, max: 14.125 });
    expect(back!.offer).toMatchObject({ relocation: 1.125, signOnBonus: 2.5 });
    expect(back!.durationWeeks).toBe(12.5);
  });

  it('does so in a pipeline of the user’s own, removed stages and names of any text included', async () => {
    await fc.assert(
      fc.asyncProperty(
        pipelineArb.chain((pipeline) => fc.tuple(fc.constant(pipeline), inPipeline(pipeline))),
        async ([pipeline, apps]) => {
          await roundTrip(apps, pipeline);
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});
