// Settings: appearance here; the pipeline, reminders, recently deleted, the export's format and
// backups add their own sections.
import { useId } from 'react';
import { useOptimisticChoice } from '../../components/useOptimisticChoice';
import { useData } from '../../db/DataContext';
import { THEMES, themeSetting, useSetting, writeSetting, type Theme } from '../../db/settings';
import { BackupsSection } from '../backups/BackupsSection';
import { CsvFormatSection } from '../export/CsvFormatSection';
import { PipelineSection } from '../pipeline/PipelineSection';
import { RecentlyDeletedSection } from '../recentlyDeleted/RecentlyDeletedSection';
import { ReminderSettingsSection } from '../reminders/ReminderSettingsSection';

const THEME_LABELS: Record<Theme, string> = { system: 'Same as the system', light: 'Light', dark: 'Dark' };

export function SettingsView() {
  const { db } = useData();
  const [theme, chooseTheme] = useOptimisticChoice(useSetting(db, themeSetting), (value) =>
    writeSetting(db, themeSetting, value).catch((error: unknown) => {
      throw new Error(`The theme could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }),
  );
  const id = useId();

  return (
    <div className="settings">
      <h2>Settings</h2>
      <section aria-labelledby={`${id}-appearance`} className="settings-section">
        <h3 id={`${id}-appearance`}>Appearance</h3>
        <fieldset>
          <legend>Theme</legend>
          {THEMES.map((value) => (
            <label key={value} className="radio-row">
              <input type="radio" name="theme" checked={theme === value} onChange={() => chooseTheme(value)} />
              {THEME_LABELS[value]}
            </label>
          ))}
        </fieldset>
      </section>
      <PipelineSection />
      <ReminderSettingsSection />
      <RecentlyDeletedSection />
      <CsvFormatSection />
      <BackupsSection />
    </div>
  );
}
