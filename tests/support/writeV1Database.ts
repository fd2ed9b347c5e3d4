// Writes a database the way schema 1 did, with nothing but the frozen schema-1 code: its Dexie
// schema, its repository's import (each record validated, then stored with its `dates` keys in
// one transaction) and its settings. Runs in Node on fake-indexeddb and, bundled, in Chromium.
import type { Application as ApplicationV1 } from './schemaV1/application';
import { applicationsRepository } from './schemaV1/applicationsRepository';
import { openDatabase } from './schemaV1/db';
import { reminderSettingsSetting, themeSetting, writeSetting, type Theme } from './schemaV1/settings';
import type { ReminderSettings } from './schemaV1/reminderSettings';

export interface DatabaseV1 {
  applications: ApplicationV1[];
  settings: { theme?: Theme; reminders?: ReminderSettings };
}

export async function writeV1Database(name: string, data: DatabaseV1): Promise<void> {
  const db = openDatabase(name);
  try {
    await applicationsRepository(db).importApplications({ add: data.applications, update: [] });
    if (data.settings.theme) await writeSetting(db, themeSetting, data.settings.theme);
    if (data.settings.reminders) await writeSetting(db, reminderSettingsSetting, data.settings.reminders);
  } finally {
    db.close();
  }
}
