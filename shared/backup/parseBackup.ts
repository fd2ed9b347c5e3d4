// Reads a backup file and checks all of it before anything is touched: JSON, our format, a
// schema version this app can read (older ones are migrated), checksum, counts, every row, the
// pipeline in the settings and every application's stages against it. Any problem refuses the
// whole file with one plain message.
import { z } from '../zod';
import { instantSchema, outOfBounds, storedApplicationSchema, type Application } from '../application';
import { countOf } from '../countOf';
import type { Result } from '../desktopApi';
import { PIPELINE_SETTING_KEY } from '../migrations/v1ToV2';
import { DEFAULT_PIPELINE, pipelineSchema, stageById, type Pipeline } from '../pipeline';
import { BACKUP_FORMAT, type BackupData, type SettingRow } from './backupFormat';
import { migrateBackupData, type BackupMigration } from './backupMigrations';
import { canonicalJson } from './canonicalJson';
import { sha256Hex, type Sha256 } from './checksum';
import { jsonTextShape, MAX_NESTING } from './jsonNesting';

export interface ParseBackupOptions {
  /** The Dexie schema version of this app. */
  supportedSchemaVersion: number;
  digest: Sha256;
  /** The migration steps; the app's own (BACKUP_MIGRATIONS) when not given. */
  migrations?: Readonly<Record<number, BackupMigration>>;
}

/** A backup that passed every check, its data brought up to this app's schema. */
export interface VerifiedBackup {
  /** The schema version the file was written with. */
  fromSchemaVersion: number;
  appVersion: string;
  createdAt: string;
  data: BackupData;
  /**
   * Values outside what the app now accepts (stored before the bounds existed), one line each:
   * they are restored as they are, and the student is told which to correct.
   */
  outOfBounds: string[];
}

const envelopeSchema = z.object({
  appVersion: z.string().max(100),
  createdAt: instantSchema,
  counts: z.object({ applications: z.number().int().nonnegative(), settings: z.number().int().nonnegative() }),
  checksum: z.string().regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 checksum'),
  data: z.object({ applications: z.array(z.unknown()), settings: z.array(z.unknown()) }),
});

const settingSchema = z.object({
  key: z.string({ error: 'its key is missing or not text' }).min(1, 'its key is empty'),
  value: z.unknown(),
});

/** How many invalid rows a refusal lists before "and N more". */
const LISTED = 3;

function refuse(error: string): Result<VerifiedBackup> {
  return { ok: false, error };
}

function listed(problems: string[]): string {
  const more = problems.length - LISTED;
  return problems.slice(0, LISTED).join('\n') + (more > 0 ? `\n... and ${countOf(more, 'more problem')}.` : '');
}

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

/**
 * An issue in plain words. zod's own message for a wrong type ("Invalid input: expected string,
 * received undefined") is a programmer's, so a missing or mistyped value is said as such.
 */
function plainMessage(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code !== 'invalid_type') return issue.message;
  const value = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | null)?.[key], input);
  return value === undefined ? 'it is missing' : `expected ${KINDS[issue.expected] ?? issue.expected}`;
}

/** "Application 3 (Stripe): 'pay.max': message", for one issue of one application. */
function issueLine(name: string, path: readonly PropertyKey[], message: string): string {
  return `${name}: ${path.length > 0 ? `'${path.map(String).join('.')}': ` : ''}${message}`;
}

/**
 * Every row must be a record the database may hold; values outside the bounds new input must
 * keep are restored as they are and listed, as they were once accepted and are the student's.
 */
function validApplications(rows: readonly unknown[]): Result<{ applications: Application[]; outOfBounds: string[] }> {
  const problems: string[] = [];
  const outside: string[] = [];
  const applications: Application[] = [];
  const rowOfId = new Map<string, number>();
  rows.forEach((row, index) => {
    const company = (row as { company?: unknown } | null)?.company;
    const name = `Application ${index + 1}${typeof company === 'string' && company.trim() !== '' ? ` (${company.trim()})` : ''}`;
    const parsed = storedApplicationSchema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problems.push(issueLine(name, issue.path, plainMessage(issue, row)));
      return;
    }
    const earlier = rowOfId.get(parsed.data.id);
    if (earlier !== undefined) problems.push(`${name} has the same id as application ${earlier}.`);
    rowOfId.set(parsed.data.id, index + 1);
    applications.push(parsed.data);
    for (const issue of outOfBounds(parsed.data)) outside.push(issueLine(name, issue.path, issue.message));
  });
  return problems.length > 0
    ? { ok: false, error: `The backup has invalid applications, so nothing was restored:\n${listed(problems)}` }
    : { ok: true, value: { applications, outOfBounds: outside } };
}

/**
 * The pipeline setting, which every application's stages must be stages of. A database whose
 * student never edited the pipeline stores none and works with the default one, so a backup of
 * it holds none either and means the default.
 */
function validPipeline(settings: readonly SettingRow[]): Result<Pipeline> {
  const row = settings.find((s) => s.key === PIPELINE_SETTING_KEY);
  if (row === undefined) return { ok: true, value: DEFAULT_PIPELINE };
  const parsed = pipelineSchema.safeParse(row.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  return {
    ok: false,
    error: `The backup's pipeline is invalid, so nothing was restored: ${issue.path.length > 0 ? `'${issue.path.join('.')}': ` : ''}${plainMessage(issue, row.value)}`,
  };
}

/** Every history entry names a stage of the pipeline, in that stage's phase. */
function stagesInPipeline(applications: readonly Application[], pipeline: Pipeline): Result<null> {
  const problems: string[] = [];
  applications.forEach((app, index) => {
    const entryIndex = app.stageHistory.findIndex((e) => stageById(pipeline, e.stageId)?.phase !== e.phase);
    if (entryIndex < 0) return;
    const entry = app.stageHistory[entryIndex]!;
    const stage = stageById(pipeline, entry.stageId);
    problems.push(
      `Application ${index + 1} (${app.company}): 'stageHistory.${entryIndex}': ${
        stage
          ? `the stage '${stage.name}' is in the phase ${stage.phase}, not ${entry.phase}`
          : `'${entry.stageId}' is not a stage of the pipeline`
      }`,
    );
  });
  return problems.length > 0
    ? {
        ok: false,
        error: `The backup has applications in stages its pipeline does not have, so nothing was restored:\n${listed(problems)}`,
      }
    : { ok: true, value: null };
}

function validSettings(rows: readonly unknown[]): Result<SettingRow[]> {
  const problems: string[] = [];
  const seen = new Set<string>();
  const settings: SettingRow[] = [];
  rows.forEach((row, index) => {
    const parsed = settingSchema.safeParse(row);
    if (!parsed.success) problems.push(`Setting ${index + 1}: ${parsed.error.issues[0]!.message}`);
    else if (seen.has(parsed.data.key)) problems.push(`Setting '${parsed.data.key}' appears twice.`);
    else {
      seen.add(parsed.data.key);
      settings.push({ key: parsed.data.key, value: parsed.data.value });
    }
  });
  return problems.length > 0
    ? { ok: false, error: `The backup has invalid settings, so nothing was restored:\n${listed(problems)}` }
    : { ok: true, value: settings };
}

export async function parseBackup(text: string, options: ParseBackupOptions): Promise<Result<VerifiedBackup>> {
  if (text.trim() === '') return refuse('The backup file is empty.');
  const shape = jsonTextShape(text);
  if (shape.depth > MAX_NESTING) {
    return refuse(
      `This file is not a backup this app can read: its data is nested ${shape.depth.toLocaleString('en-US')} levels deep, and a backup nests at most ${MAX_NESTING}.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse(
      shape.endsEarly
        ? 'The backup file is incomplete: it ends in the middle of the data, probably cut off while copying. Try another backup.'
        : 'This file is not a backup: it is not valid JSON.',
    );
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return refuse('This file is not an Internship Tracker backup.');
  }

  const { schemaVersion } = json as { schemaVersion?: unknown };
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return refuse('The backup is damaged: its schema version is missing or not a whole number.');
  }
  if (schemaVersion > options.supportedSchemaVersion) {
    return refuse(
      `This backup was made by a newer version (schema ${schemaVersion}); this app reads up to schema ${options.supportedSchemaVersion}. Update the app to restore it.`,
    );
  }

  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    const issue = envelope.error.issues[0]!;
    return refuse(`The backup is damaged: '${issue.path.join('.')}': ${plainMessage(issue, json)}`);
  }
  const { data, counts, checksum, appVersion, createdAt } = envelope.data;

  if ((await sha256Hex(canonicalJson(data), options.digest)) !== checksum) {
    return refuse(
      'The backup is damaged: its contents do not match its checksum, so it was changed or corrupted after it was made.',
    );
  }
  if (counts.applications !== data.applications.length) {
    return refuse(
      `The backup is damaged: it says it holds ${countOf(counts.applications, 'application')} but contains ${data.applications.length}.`,
    );
  }
  if (counts.settings !== data.settings.length) {
    return refuse(
      `The backup is damaged: it says it holds ${countOf(counts.settings, 'setting')} but contains ${data.settings.length}.`,
    );
  }

  const migrated = migrateBackupData(data, schemaVersion, options.supportedSchemaVersion, options.migrations);
  if (!migrated.ok) return refuse(migrated.error);
  const tables = migrated.data as { applications?: unknown; settings?: unknown };
  if (!Array.isArray(tables.applications) || !Array.isArray(tables.settings)) {
    return refuse('The backup could not be converted: its data has no applications or settings table.');
  }

  const applications = validApplications(tables.applications);
  if (!applications.ok) return refuse(applications.error);
  const settings = validSettings(tables.settings);
  if (!settings.ok) return refuse(settings.error);
  const pipeline = validPipeline(settings.value);
  if (!pipeline.ok) return refuse(pipeline.error);
  const staged = stagesInPipeline(applications.value.applications, pipeline.value);
  if (!staged.ok) return refuse(staged.error);

  return {
    ok: true,
    value: {
      fromSchemaVersion: schemaVersion,
      appVersion,
      createdAt,
      data: { applications: applications.value.applications, settings: settings.value },
      outOfBounds: applications.value.outOfBounds,
    },
  };
}
