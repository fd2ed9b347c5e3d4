// FROZEN: schema 1 as it shipped (renderer/src/db/settings.ts and
// renderer/src/features/reminders/reminderSettingsSetting.ts at main 0b915b0). Never edit: the
// migration tests prove that what this code wrote opens in every later version. Only writing
// a setting is kept.

// User settings stored in the database, each with its schema and default.
import { z } from 'zod';
import type { AppDatabase } from './db';
import { DEFAULT_REMINDER_SETTINGS, reminderSettingsSchema, type ReminderSettings } from './reminderSettings';

export interface SettingDefinition<T> {
  key: string;
  schema: z.ZodType<T>;
  fallback: T;
}

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const themeSetting: SettingDefinition<Theme> = { key: 'theme', schema: z.enum(THEMES), fallback: 'system' };

export const reminderSettingsSetting: SettingDefinition<ReminderSettings> = {
  key: 'reminders',
  schema: reminderSettingsSchema,
  fallback: DEFAULT_REMINDER_SETTINGS,
};

export async function writeSetting<T>(db: AppDatabase, setting: SettingDefinition<T>, value: T): Promise<void> {
  await db.settings.put({ key: setting.key, value: setting.schema.parse(value) });
}
