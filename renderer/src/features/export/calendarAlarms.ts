// The calendar file's alarms follow the reminder settings: the same lead times, none for a kind
// of reminder that is turned off.
import type { CalendarAlarms } from '@shared/ics/calendarExport';
import type { ReminderSettings } from '@shared/reminders/reminderSettings';

const MINUTES = { days: 24 * 60, hours: 60 } as const;

export function calendarAlarms(settings: ReminderSettings): CalendarAlarms {
  return {
    deadlineLeadMinutes: settings.deadlines.enabled
      ? settings.deadlines.leadTimes.map((lead) => lead.amount * MINUTES[lead.unit])
      : [],
    cohortStartLeadMinutes: settings.cohortStarts.enabled
      ? settings.cohortStarts.daysBefore.map((days) => days * MINUTES.days)
      : [],
  };
}
