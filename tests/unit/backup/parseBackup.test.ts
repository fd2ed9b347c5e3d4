import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup } from '@shared/backup/backupFormat';
import { canonicalJson } from '@shared/backup/canonicalJson';
import { parseBackup } from '@shared/backup/parseBackup';
import type { Application } from '@shared/application';
import { addStage, DEFAULT_PIPELINE, removeStage, type Pipeline } from '@shared/pipeline';
import { applicationArb, textArb } from '../arbitraries';
import { aPinterestApplication } from '../core/pinterestApplication';
import { digest, PIPELINE_ROW, sealedBackupText } from './backupTestKit';

const OPTIONS = { supportedSchemaVersion: 2, digest };
const SETTINGS = [
  { key: 'theme', value: 'dark' },
  { key: 'reminders', value: { deadlineLeadMinutes: [4320, 1440], enabled: true } },
  PIPELINE_ROW,
];

async function backupText() {
  const backup = await createBackup(
    {
      applications: [aPinterestApplication(), aPinterestApplication({ id: 'app-2', company: 'Stripe' })],
      settings: SETTINGS,
    },
    { schemaVersion: 2, appVersion: '0.1.0', now: new Date('2026-11-03T13:02:00Z'), digest },
  );
  return JSON.stringify(backup);
}

function edited(edit: { ok: true; pipeline: Pipeline } | { ok: false; error: string }): Pipeline {
  if (!edit.ok) throw new Error(edit.error);
  return edit.pipeline;
}

async function refusal(text: string, options = OPTIONS): Promise<string> {
  const result = await parseBackup(text, options);
  if (result.ok) throw new Error('The backup was accepted');
  return result.error;
}

describe('createBackup', () => {
  it('declares its format, versions, counts and a SHA-256 of the canonical data', async () => {
    const backup = JSON.parse(await backupText());
    expect(backup).toMatchObject({
      format: 'internship-tracker-backup',
      schemaVersion: 2,
      appVersion: '0.1.0',
      counts: { applications: 2, settings: 3 },
    });
    expect(backup.checksum).toBe(createHash('sha256').update(canonicalJson(backup.data)).digest('hex'));
  });
});

describe('parseBackup', () => {
  it('accepts its own backups', async () => {
    const result = await parseBackup(await backupText(), OPTIONS);
    expect(result).toMatchObject({ ok: true, value: { fromSchemaVersion: 2, appVersion: '0.1.0' } });
    if (result.ok) expect(result.value.data.settings).toEqual(SETTINGS);
  });

  it('does not care in which order the fields were written', async () => {
    const backup = JSON.parse(await backupText());
    backup.data.applications[0] = Object.fromEntries(Object.entries(backup.data.applications[0]).reverse());
    expect((await parseBackup(JSON.stringify(backup, null, 2), OPTIONS)).ok).toBe(true);
  });

  it('refuses an empty file', async () => {
    expect(await refusal('  ')).toBe('The backup file is empty.');
  });

  it('refuses a file that is not JSON', async () => {
    expect(await refusal('Company,Role\nStripe,Intern\n')).toBe('This file is not a backup: it is not valid JSON.');
  });

  it('refuses a truncated file', async () => {
    const text = await backupText();
    expect(await refusal(text.slice(0, Math.floor(text.length / 2)))).toBe(
      'The backup file is incomplete: it ends in the middle of the data, probably cut off while copying. Try another backup.',
    );
  });

  it('refuses data nested deeper than a backup can be, before anything recurses into it', async () => {
    const backup = JSON.parse(await backupText());
    const depth = 10_000;
    const text = JSON.stringify(backup).replace('"value":"dark"', `"value":${'['.repeat(depth)}${']'.repeat(depth)}`);
    // format, data, settings, the setting, then the arrays
    expect(await refusal(text)).toBe(
      `This file is not a backup this app can read: its data is nested 10,004 levels deep, and a backup nests at most 100.`,
    );
    const deepObjects = `{"format":"internship-tracker-backup","a":${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}}`;
    expect(await refusal(deepObjects)).toMatch(
      /^This file is not a backup this app can read: its data is nested 200,001 levels deep/,
    );
  });

  it('counts brackets inside strings as text, not nesting', async () => {
    const backup = JSON.parse(await backupText());
    backup.data.applications[0].notes = '['.repeat(5_000);
    expect(await refusal(JSON.stringify(backup))).toMatch(/checksum/);
  });

  it('refuses JSON that is not our backup', async () => {
    expect(await refusal('{"applications":[]}')).toBe('This file is not an Internship Tracker backup.');
    expect(await refusal('[1,2,3]')).toBe('This file is not an Internship Tracker backup.');
  });

  it('refuses a backup from a newer schema with a way forward', async () => {
    const text = await sealedBackupText({ applications: [], settings: [] }, { schemaVersion: 3 });
    expect(await refusal(text)).toBe(
      'This backup was made by a newer version (schema 3); this app reads up to schema 2. Update the app to restore it.',
    );
  });

  it('refuses a schema version that is not a whole number', async () => {
    const text = await sealedBackupText({ applications: [], settings: [] }, { schemaVersion: '2' });
    expect(await refusal(text)).toBe('The backup is damaged: its schema version is missing or not a whole number.');
  });

  it('refuses a damaged envelope, naming the field', async () => {
    const text = await sealedBackupText({ applications: [], settings: [] }, { createdAt: 'yesterday' });
    expect(await refusal(text)).toMatch(/^The backup is damaged: 'createdAt': Expected a date and time/);
  });

  it('says a missing or mistyped envelope field in plain words', async () => {
    const backup = JSON.parse(await backupText());
    delete backup.appVersion;
    expect(await refusal(JSON.stringify(backup))).toBe("The backup is damaged: 'appVersion': it is missing");
    backup.appVersion = '0.1.0';
    backup.counts.settings = 'three';
    expect(await refusal(JSON.stringify(backup))).toBe("The backup is damaged: 'counts.settings': expected a number");
  });

  it('refuses a file changed after it was made', async () => {
    const text = (await backupText()).replace('"company":"Stripe"', '"company":"Stripe Inc"');
    expect(await refusal(text)).toBe(
      'The backup is damaged: its contents do not match its checksum, so it was changed or corrupted after it was made.',
    );
  });

  it('refuses counts that do not match the data', async () => {
    const backup = JSON.parse(await backupText());
    backup.counts.applications = 120;
    expect(await refusal(JSON.stringify(backup))).toBe(
      'The backup is damaged: it says it holds 120 applications but contains 2.',
    );
  });

  it('refuses an invalid application, naming it and the field', async () => {
    const applications: unknown[] = Array.from({ length: 11 }, (_, i) =>
      aPinterestApplication({ id: `app-${i}`, company: `Company ${i}` }),
    );
    const broken = aPinterestApplication({ id: 'app-12' });
    applications.push({ ...broken, cohorts: [{ ...broken.cohorts[0]!, end: '2026-05-01' }, broken.cohorts[1]] });
    const text = await sealedBackupText({ applications, settings: [PIPELINE_ROW] });
    expect(await refusal(text)).toBe(
      "The backup has invalid applications, so nothing was restored:\nApplication 12 (Pinterest): 'cohorts.0.end': The cohort ends before it starts",
    );
  });

  it('lists a few invalid applications and counts the rest', async () => {
    const applications = Array.from({ length: 5 }, (_, i) => ({
      ...aPinterestApplication({ id: `a${i}` }),
      phase: 'dreaming',
    }));
    const error = await refusal(await sealedBackupText({ applications, settings: [PIPELINE_ROW] }));
    expect(error.split('\n')).toHaveLength(5);
    expect(error).toMatch(/\n\.\.\. and 2 more problems\.$/);
  });

  it('restores values kept from before the app bounded them, and names each', async () => {
    const old: Application = {
      ...aPinterestApplication({ id: 'old', company: 'Initech' }),
      pay: { min: null, max: 1e308, currency: 'USD', period: 'month', raw: '' },
      appliedAt: '0026-05-18',
    };
    const text = await sealedBackupText({ applications: [aPinterestApplication(), old], settings: [PIPELINE_ROW] });
    const result = await parseBackup(text, OPTIONS);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.data.applications[1]).toEqual(old);
    expect(result.value.outOfBounds).toEqual([
      "Application 2 (Initech): 'pay.max': Pay above 1,000,000,000 is not a real amount",
      "Application 2 (Initech): 'appliedAt': Expected a date between 1970 and 2200",
    ]);
  });

  it('refuses two applications with the same id', async () => {
    const text = await sealedBackupText({
      applications: [aPinterestApplication(), aPinterestApplication()],
      settings: [PIPELINE_ROW],
    });
    expect(await refusal(text)).toBe(
      'The backup has invalid applications, so nothing was restored:\nApplication 2 (Pinterest) has the same id as application 1.',
    );
  });

  it('refuses invalid or repeated settings', async () => {
    expect(await refusal(await sealedBackupText({ applications: [], settings: [{ value: 1 }] }))).toBe(
      'The backup has invalid settings, so nothing was restored:\nSetting 1: its key is missing or not text',
    );
    expect(
      await refusal(
        await sealedBackupText({
          applications: [],
          settings: [
            { key: 'theme', value: 1 },
            { key: 'theme', value: 2 },
          ],
        }),
      ),
    ).toBe("The backup has invalid settings, so nothing was restored:\nSetting 'theme' appears twice.");
  });

  describe('the pipeline', () => {
    it('is the default one when the backup holds none, as a database that stores none works with it', async () => {
      // A new database keeps no pipeline row until the student edits the pipeline.
      const text = await sealedBackupText({ applications: [aPinterestApplication()], settings: [] });
      const result = await parseBackup(text, OPTIONS);
      expect(result).toMatchObject({ ok: true, value: { data: { settings: [] } } });

      // Its stages are checked against the default pipeline all the same.
      const coffeeChat = aPinterestApplication({
        stageId: 'coffee-chat',
        stageHistory: [{ id: 'h1', stageId: 'coffee-chat', phase: 'in-process', at: '2026-01-05T09:30:00Z', note: '' }],
      });
      expect(await refusal(await sealedBackupText({ applications: [coffeeChat], settings: [] }))).toBe(
        'The backup has applications in stages its pipeline does not have, so nothing was restored:\n' +
          "Application 1 (Pinterest): 'stageHistory.0': 'coffee-chat' is not a stage of the pipeline",
      );
    });

    it('is checked like any pipeline the user edits', async () => {
      const noOffer = { stages: DEFAULT_PIPELINE.stages.filter((s) => s.phase !== 'offer') };
      const text = await sealedBackupText({ applications: [], settings: [{ key: 'pipeline', value: noOffer }] });
      expect(await refusal(text)).toBe(
        "The backup's pipeline is invalid, so nothing was restored: 'stages': The pipeline needs a stage for the phase offer",
      );
    });

    it('refuses an application in a stage the pipeline does not have, or in another phase', async () => {
      const applications = [
        aPinterestApplication(),
        aPinterestApplication({
          id: 'app-2',
          company: 'Stripe',
          stageId: 'coffee-chat',
          stageHistory: [
            { id: 'h1', stageId: 'coffee-chat', phase: 'in-process', at: '2026-01-05T09:30:00Z', note: '' },
          ],
        }),
        aPinterestApplication({
          id: 'app-3',
          company: 'Figma',
          stageId: 'offer',
          phase: 'accepted',
          stageHistory: [
            { id: 'h1', stageId: 'applied', phase: 'applied', at: '2026-01-05T09:30:00Z', note: '' },
            { id: 'h2', stageId: 'offer', phase: 'accepted', at: '2026-02-05T09:30:00Z', note: '' },
          ],
        }),
      ];
      expect(await refusal(await sealedBackupText({ applications, settings: [PIPELINE_ROW] }))).toBe(
        'The backup has applications in stages its pipeline does not have, so nothing was restored:\n' +
          "Application 2 (Stripe): 'stageHistory.0': 'coffee-chat' is not a stage of the pipeline\n" +
          "Application 3 (Figma): 'stageHistory.1': the stage 'Offer' is in the phase offer, not accepted",
      );
    });

    it('keeps removed stages, which history entries may still name', async () => {
      const withLeads = edited(
        addStage(DEFAULT_PIPELINE, {
          id: 'recruiter-chat',
          name: 'Recruiter chat',
          phase: 'in-process',
          color: 'teal',
        }),
      );
      const pipeline = edited(removeStage(withLeads, 'recruiter-chat'));
      const app = aPinterestApplication({
        stageHistory: [
          { id: 'h1', stageId: 'recruiter-chat', phase: 'in-process', at: '2026-01-05T09:30:00Z', note: '' },
          { id: 'h2', stageId: 'phone-screen', phase: 'in-process', at: '2026-02-01T16:00:00-08:00', note: '' },
        ],
      });
      const text = await sealedBackupText({ applications: [app], settings: [{ key: 'pipeline', value: pipeline }] });
      const result = await parseBackup(text, OPTIONS);
      expect(result.ok).toBe(true);
    });
  });

  describe('older schema versions', () => {
    // Made-up schemas 3 and 4, to show the steps run in order from the backup's schema.
    const toV4 = {
      2: (data: unknown) => ({ ...(data as object), step2: true }),
      3: (data: unknown) => {
        const { step2, ...rest } = data as { step2?: boolean };
        return step2 ? rest : { broken: true };
      },
    };

    it('go through every migration step in order', async () => {
      const text = await backupText();
      const result = await parseBackup(text, { supportedSchemaVersion: 4, digest, migrations: toV4 });
      expect(result).toMatchObject({ ok: true, value: { fromSchemaVersion: 2 } });
    });

    it('are refused when a step is missing', async () => {
      expect(
        await refusal(await backupText(), { supportedSchemaVersion: 4, digest, migrations: { 2: toV4[2] } } as never),
      ).toBe('This backup uses schema 2, and this app cannot convert schema 3 to 4.');
    });

    it('are refused when a step fails', async () => {
      const failing = {
        2: () => {
          throw new Error('no applications table');
        },
      };
      expect(
        await refusal(await backupText(), { supportedSchemaVersion: 3, digest, migrations: failing } as never),
      ).toBe('This backup could not be converted from schema 2 to 3: no applications table');
    });
  });

  it('keeps the hours a week a pay states beside pays that state none, as backups before them hold', async () => {
    const partTime = aPinterestApplication({
      id: 'part-time',
      pay: { min: 2200, max: 2200, currency: 'BRL', period: 'month', raw: 'R$ 2.200/mês', hoursPerWeek: 30 },
    });
    const applications = [aPinterestApplication(), partTime];
    const backup = await createBackup(
      { applications, settings: SETTINGS },
      { schemaVersion: 2, appVersion: '0.1.0', now: new Date('2026-11-03T13:02:00Z'), digest },
    );
    const result = await parseBackup(JSON.stringify(backup), OPTIONS);
    expect(result.ok && result.value.data.applications).toEqual(applications);
    expect(result.ok && result.value.data.applications.map((app) => app.pay?.hoursPerWeek)).toEqual([undefined, 30]);
  });

  it('refuses hours a week no pay is for, naming the application and the field', async () => {
    const pay = { min: 20, max: 20, currency: 'USD', period: 'hour', raw: '', hoursPerWeek: 0 };
    const text = await sealedBackupText({ applications: [{ ...aPinterestApplication(), pay }], settings: SETTINGS });
    expect(await refusal(text)).toContain('Hours a week are a number above 0 and up to 80');
  });

  it('gives back exactly the data that was backed up', async () => {
    const setting = fc.record({
      key: textArb(10).filter((k) => k.length > 0 && k !== 'pipeline'),
      value: fc.jsonValue(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(applicationArb, { selector: (a) => a.id, maxLength: 5 }),
        fc.uniqueArray(setting, { selector: (s) => s.key, maxLength: 4 }),
        async (applications, others) => {
          const settings = [...others, PIPELINE_ROW];
          const backup = await createBackup(
            { applications, settings },
            { schemaVersion: 2, appVersion: '0.1.0', now: new Date(), digest },
          );
          const result = await parseBackup(JSON.stringify(backup), OPTIONS);
          expect(result.ok).toBe(true);
          if (result.ok) {
            expect(result.value.data).toEqual({ applications, settings: JSON.parse(JSON.stringify(settings)) });
            expect(result.value.outOfBounds).toEqual([]);
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
