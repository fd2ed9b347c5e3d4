// How long a shown reminder can be put off, from now.
import { addDays, differenceInMinutes, format, set } from 'date-fns';
import { minutesOfDay } from '@shared/reminders/reminderSettings';

export interface SnoozeChoice {
  label: string;
  minutes: number;
}

/**
 * 1 hour, 3 hours, tomorrow at the reminder time of day, in a week; only those that come back
 * before `until` (what the reminder is about: a reminder after the deadline is no use).
 */
export function snoozeChoices(now: Date, remindAt: string, until: number): SnoozeChoice[] {
  const minutes = minutesOfDay(remindAt);
  const tomorrow = set(addDays(now, 1), {
    hours: Math.floor(minutes / 60),
    minutes: minutes % 60,
    seconds: 0,
    milliseconds: 0,
  });
  const choices: SnoozeChoice[] = [
    { label: '1 hour', minutes: 60 },
    { label: '3 hours', minutes: 180 },
    { label: `Tomorrow, ${format(tomorrow, 'HH:mm')}`, minutes: differenceInMinutes(tomorrow, now) },
    { label: '1 week', minutes: 7 * 24 * 60 },
  ];
  return choices.filter((choice) => choice.minutes >= 1 && now.getTime() + choice.minutes * 60_000 < until);
}
