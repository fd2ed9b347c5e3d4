// The reminder settings as stored in the database's settings table.
import {
  DEFAULT_REMINDER_SETTINGS,
  reminderSettingsSchema,
  type ReminderSettings,
} from '@shared/reminders/reminderSettings';
import type { SettingDefinition } from '../../db/settings';

export const reminderSettingsSetting: SettingDefinition<ReminderSettings> = {
  key: 'reminders',
  schema: reminderSettingsSchema,
  fallback: DEFAULT_REMINDER_SETTINGS,
};
