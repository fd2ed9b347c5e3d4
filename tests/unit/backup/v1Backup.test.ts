// A backup written by the schema-1 app (tests/fixtures/backup/v1-backup.json, made by its
// createBackup at commit 0b915b0 and kept byte for byte) restores into schema 2: every record
// and setting carried over, nothing the user said dropped or made more specific.
import { describe, expect, it } from 'vitest';
import { applicationSchema } from '@shared/application';
import { parseBackup } from '@shared/backup/parseBackup';
import type { Pipeline } from '@shared/pipeline';
import { backupFixture, digest, sealedBackupText } from './backupTestKit';

const OPTIONS = { supportedSchemaVersion: 2, digest };
const V1_FILE = backupFixture('v1-backup.json');

async function restored() {
  const result = await parseBackup(V1_FILE, OPTIONS);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('a schema-1 backup', () => {
  it('is accepted and said to come from schema 1', async () => {
    expect(await restored()).toMatchObject({
      fromSchemaVersion: 1,
      appVersion: '0.1.0',
      createdAt: '2026-11-03T13:02:00+00:00',
    });
  });

  it('brings every application over with its stage history, excitement and term', async () => {
    const { applications } = (await restored()).data;
    expect(applications.map((a) => applicationSchema.safeParse(a).success)).toEqual([true, true, true, true]);
    const [pinterest, shopify, janeStreet, spotify] = applications;

    expect(pinterest).toMatchObject({
      company: 'Pinterest',
      stageId: 'interviewing',
      phase: 'in-process',
      excitement: 5,
      term: { season: 'summer', year: 2026, text: '' },
      stageHistory: [
        { id: 'v1-1', stageId: 'wishlist', phase: 'saved', at: '2026-01-02T20:15:00-08:00', note: '' },
        {
          id: 'v1-2',
          stageId: 'applied',
          phase: 'applied',
          at: '2026-01-05T09:30:00-08:00',
          note: 'Applied through the careers site',
        },
        {
          id: 'v1-3',
          stageId: 'online-assessment',
          phase: 'in-process',
          at: '2026-01-20T11:00:00-08:00',
          note: 'HackerRank, 90 minutes',
        },
        {
          id: 'v1-4',
          stageId: 'interviewing',
          phase: 'in-process',
          at: '2026-02-01T16:00:00-08:00',
          note: 'Recruiter call',
        },
      ],
      // Unchanged from schema 1.
      appliedAt: '2026-01-05',
      chosenCohortId: 'c7a1e2d3-4b5c-4d6e-8f70-91a2b3c4d5e6',
      pay: { min: 11000, max: 11000, currency: 'USD', period: 'month', raw: '$11,000 monthly' },
      contacts: [{ name: 'Ana Ruiz', email: 'ana@pinterest.com', notes: 'Met at the career fair' }],
      postingText: 'Master’s Machine Learning Internship 2026 (USA)\nPay: $11,000 monthly\n12 weeks',
      // New in schema 2, empty.
      offer: null,
      events: [],
      followUp: null,
      sponsorship: 'unknown',
      referral: null,
      resumeVersion: '',
      coverLetter: '',
      boardRank: Date.parse('2026-01-02T20:15:00-08:00'),
    });
    expect(shopify).toMatchObject({
      stageId: 'online-assessment',
      phase: 'in-process',
      excitement: 1,
      term: { season: 'fall', year: 2026, text: 'Fall 2026 co-op, 8 months' },
      pay: { min: 28, max: 32, currency: 'CAD', period: 'hour', raw: 'CA$28–32/hr' },
    });
    expect(janeStreet).toMatchObject({
      stageId: 'ghosted',
      phase: 'closed',
      excitement: 3,
      term: { season: null, year: null, text: '' },
      archivedAt: '2025-12-02T10:00:00Z',
      stageHistory: [
        { id: 'v1-1', stageId: 'applied', phase: 'applied' },
        { id: 'v1-2', stageId: 'ghosted', phase: 'closed', note: 'No answer after 11 weeks' },
      ],
    });
    expect(spotify).toMatchObject({ stageId: 'wishlist', phase: 'saved', excitement: 3, employmentType: null });
  });

  it('gets the pipeline, with Interviewing right after Online assessment because a history used it', async () => {
    const { settings } = (await restored()).data;
    const pipeline = settings.find((s) => s.key === 'pipeline')?.value as Pipeline;
    const names = pipeline.stages.map((s) => s.name);
    expect(names).toEqual([
      'Wishlist',
      'Applied',
      'Online assessment',
      'Interviewing',
      'Phone screen',
      'Technical interview',
      'Final round',
      'Offer',
      'Accepted',
      'Rejected',
      'Withdrawn',
      'Declined',
      'Ghosted',
    ]);
    expect(pipeline.stages[3]).toEqual({
      id: 'interviewing',
      name: 'Interviewing',
      phase: 'in-process',
      color: 'teal',
      removed: false,
    });
  });

  it('keeps every reminder setting the user chose and adds the parts schema 2 has', async () => {
    const { settings } = (await restored()).data;
    expect(settings.find((s) => s.key === 'theme')).toEqual({ key: 'theme', value: 'dark' });
    expect(settings.find((s) => s.key === 'reminders')?.value).toEqual({
      cohortStarts: { enabled: true, daysBefore: [21, 7, 1] },
      deadlines: {
        enabled: true,
        leadTimes: [
          { amount: 2, unit: 'days' },
          { amount: 4, unit: 'hours' },
        ],
      },
      remindAt: '08:30',
      quietHours: { enabled: false, start: '23:00', end: '07:00' },
      events: {
        enabled: true,
        leadTimes: [
          { amount: 1, unit: 'days' },
          { amount: 1, unit: 'hours' },
        ],
      },
      followUps: { enabled: true, afterApplying: { enabled: false, days: 7 } },
    });
  });

  it('is still refused when it was changed after it was made', async () => {
    const changed = V1_FILE.replace('"company":"Shopify"', '"company":"Shopify Inc"');
    const result = await parseBackup(changed, OPTIONS);
    expect(result).toEqual({
      ok: false,
      error:
        'The backup is damaged: its contents do not match its checksum, so it was changed or corrupted after it was made.',
    });
  });

  it('is refused, saying which record, when one is not a schema-1 application', async () => {
    const data = JSON.parse(V1_FILE).data;
    data.applications[1].status = 'dreaming';
    const result = await parseBackup(await sealedBackupText(data, { schemaVersion: 1 }), OPTIONS);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatch(
        /^This backup could not be converted from schema 1 to 2: “Shopify — Backend Developer Intern \(Co-op\)” \(id "9b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"\) is not a schema-1 application \(status: /,
      );
  });

  it('is refused when a setting has no key', async () => {
    const data = JSON.parse(V1_FILE).data;
    data.settings.push({ value: 1 });
    const result = await parseBackup(await sealedBackupText(data, { schemaVersion: 1 }), OPTIONS);
    expect(result).toEqual({
      ok: false,
      error: 'This backup could not be converted from schema 1 to 2: setting 3 has no key',
    });
  });
});
