// User settings stored in the database, each with its schema and default. A stored value that
// no longer parses (an older or damaged value) reads as the default instead of breaking the app.
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from '@shared/zod';
import type { AppDatabase, SettingRow } from './db';

export interface SettingDefinition<T> {
  key: string;
  schema: z.ZodType<T>;
  fallback: T;
}

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const themeSetting: SettingDefinition<Theme> = { key: 'theme', schema: z.enum(THEMES), fallback: 'system' };

export async function readSetting<T>(db: AppDatabase, setting: SettingDefinition<T>): Promise<T> {
  return settingIn([await db.settings.get(setting.key)], setting);
}

/** A setting's value among rows read already (the start-up read takes every setting at once). */
export function settingIn<T>(rows: readonly (SettingRow | undefined)[], setting: SettingDefinition<T>): T {
  const parsed = setting.schema.safeParse(rows.find((row) => row?.key === setting.key)?.value);
  return parsed.success ? parsed.data : setting.fallback;
}

export async function writeSetting<T>(db: AppDatabase, setting: SettingDefinition<T>, value: T): Promise<void> {
  await db.settings.put({ key: setting.key, value: setting.schema.parse(value) });
}

/** The live value of a setting; the default until the database has answered. */
export function useSetting<T>(db: AppDatabase, setting: SettingDefinition<T>): T {
  return useLiveQuery(() => readSetting(db, setting), [db, setting.key]) ?? setting.fallback;
}
