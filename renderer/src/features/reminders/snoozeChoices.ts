// How long a shown reminder can be put off, from now.
import { addDays, set } from 'date-fns';
import { snoozeEnd } from '@shared/reminders/quietHours';
import { minutesOfDay, type ReminderSettings } from '@shared/reminders/reminderSettings';
import { dates } from '../../components/formatDates';

export interface SnoozeChoice {
  label: string;
  minutes: number;
}

const MINUTE = 60_000;

/**
 * 1 hour, 3 hours, tomorrow at the reminder time of day, in a week; one that would end in quiet
 * hours ends when they do (as planned reminders are moved), and says so. Only those that come
 * back before `until` (what the reminder is about: a reminder after the deadline is no use), and
 * no two that end at the same time.
 */
export function snoozeChoices(
  now: Date,
  remindAt: string,
  until: number,
  quietHours: ReminderSettings['quietHours'],
): SnoozeChoice[] {
  const minutes = minutesOfDay(remindAt);
  const tomorrow = set(addDays(now, 1), {
    hours: Math.floor(minutes / 60),
    minutes: minutes % 60,
    seconds: 0,
    milliseconds: 0,
  });
  const endOf = snoozeEnd(quietHours);
  const asked: [label: string, end: Date][] = [
    ['1 hour', new Date(now.getTime() + 60 * MINUTE)],
    ['3 hours', new Date(now.getTime() + 180 * MINUTE)],
    [`Tomorrow, ${dates.time(tomorrow)}`, tomorrow],
    ['1 week', addDays(now, 7)],
  ];
  const choices: SnoozeChoice[] = [];
  for (const [label, meant] of asked) {
    const end = endOf(meant);
    const moved = end.getTime() !== meant.getTime();
    // Whole minutes, rounded up, so a snooze moved to the end of quiet hours never ends inside them.
    const choice = {
      label: moved ? `${label}: ${dates.time(end)}, after quiet hours` : label,
      minutes: Math.ceil((end.getTime() - now.getTime()) / MINUTE),
    };
    if (choice.minutes < 1 || end.getTime() >= until || choices.some((c) => c.minutes === choice.minutes)) continue;
    choices.push(choice);
  }
  return choices;
}
