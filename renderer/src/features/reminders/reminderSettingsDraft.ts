// The reminder settings form as typed (numbers as text, rows in any order) and its conversion
// to settings, with a message for each field that needs fixing.
import {
  DEFAULT_REMINDER_SETTINGS,
  reminderSettingsSchema,
  type LeadTime,
  type ReminderSettings,
} from '@shared/reminders/reminderSettings';

export type LeadUnit = LeadTime['unit'];

export interface DaysDraft {
  /** Keeps React rows apart when one is removed. */
  key: number;
  days: string;
}

export interface LeadTimeDraft {
  key: number;
  amount: string;
  unit: LeadUnit;
}

export interface ReminderSettingsDraft {
  cohortStartsEnabled: boolean;
  cohortDays: DaysDraft[];
  deadlinesEnabled: boolean;
  deadlineLeads: LeadTimeDraft[];
  eventsEnabled: boolean;
  eventLeads: LeadTimeDraft[];
  followUpsEnabled: boolean;
  followUpRuleEnabled: boolean;
  /** N of "follow up N days after applying". */
  followUpRuleDays: string;
  remindAt: string;
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
}

export interface SettingsIssue {
  /** The field: `cohortStarts.daysBefore.0`, `deadlines`, `followUps.afterApplying.days`, `quietHours.end`… */
  path: string;
  message: string;
}

export type DraftConversion = { ok: true; value: ReminderSettings } | { ok: false; issues: SettingsIssue[] };

/** The schema's limits, said in the form's words. */
export const MAX_LEAD = 365;
export const MAX_REMINDERS = 10;
export const MAX_FOLLOW_UP_DAYS = 90;

let lastKey = 0;
export const newRowKey = () => ++lastKey;

function leadDrafts(leadTimes: readonly LeadTime[]): LeadTimeDraft[] {
  return leadTimes.map((lead) => ({ key: newRowKey(), amount: String(lead.amount), unit: lead.unit }));
}

export function draftFromSettings(settings: ReminderSettings): ReminderSettingsDraft {
  return {
    cohortStartsEnabled: settings.cohortStarts.enabled,
    cohortDays: settings.cohortStarts.daysBefore.map((days) => ({ key: newRowKey(), days: String(days) })),
    deadlinesEnabled: settings.deadlines.enabled,
    deadlineLeads: leadDrafts(settings.deadlines.leadTimes),
    eventsEnabled: settings.events.enabled,
    eventLeads: leadDrafts(settings.events.leadTimes),
    followUpsEnabled: settings.followUps.enabled,
    followUpRuleEnabled: settings.followUps.afterApplying.enabled,
    followUpRuleDays: String(settings.followUps.afterApplying.days),
    remindAt: settings.remindAt,
    quietEnabled: settings.quietHours.enabled,
    quietStart: settings.quietHours.start,
    quietEnd: settings.quietHours.end,
  };
}

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The settings the draft describes, longest lead time first, or what to fix. Rows of a kind
 * that is turned off are not checked: the ones that make sense are kept, the others dropped.
 */
export function settingsFromDraft(draft: ReminderSettingsDraft): DraftConversion {
  const issues: SettingsIssue[] = [];
  const check = (enabled: boolean, issue: SettingsIssue) => {
    if (enabled) issues.push(issue);
  };

  const cohortAmounts = draft.cohortDays.map((row) => parseAmount(row.days, 'days'));
  const daysBefore: number[] = [];
  cohortAmounts.forEach((parsed, index) => {
    const path = `cohortStarts.daysBefore.${index}`;
    if (typeof parsed === 'string') return check(draft.cohortStartsEnabled, { path, message: parsed });
    if (cohortAmounts.indexOf(parsed) !== cohortAmounts.lastIndexOf(parsed))
      check(draft.cohortStartsEnabled, { path, message: repeatedMessage(parsed, 'days') });
    if (!daysBefore.includes(parsed)) daysBefore.push(parsed);
  });
  if (draft.cohortStartsEnabled && draft.cohortDays.length === 0) {
    issues.push({ path: 'cohortStarts', message: 'Add a reminder, or turn start date reminders off' });
  }
  if (daysBefore.length > MAX_REMINDERS) {
    issues.push({ path: 'cohortStarts', message: `Keep it to ${MAX_REMINDERS} reminders or fewer` });
  }

  const deadlineLeads = leadTimesOf(draft.deadlineLeads, draft.deadlinesEnabled, 'deadlines', 'deadline', issues);
  const eventLeads = leadTimesOf(draft.eventLeads, draft.eventsEnabled, 'events', 'event', issues);

  // A rule that is off keeps its number for when it is turned on again, if it is one.
  const ruleChecked = draft.followUpsEnabled && draft.followUpRuleEnabled;
  const ruleDays = parseFollowUpDays(draft.followUpRuleDays);
  if (typeof ruleDays === 'string' && ruleChecked) {
    issues.push({ path: 'followUps.afterApplying.days', message: ruleDays });
  }

  if (!CLOCK_TIME.test(draft.remindAt)) {
    issues.push({ path: 'remindAt', message: timeMessage(draft.remindAt) });
  }
  // Quiet hours that are off keep their times for when they are turned on again, if they are times.
  const quietStart = validTimeOr(draft.quietStart, DEFAULT_REMINDER_SETTINGS.quietHours.start);
  const quietEnd = validTimeOr(draft.quietEnd, DEFAULT_REMINDER_SETTINGS.quietHours.end);
  if (draft.quietEnabled) {
    if (!CLOCK_TIME.test(draft.quietStart))
      issues.push({ path: 'quietHours.start', message: timeMessage(draft.quietStart) });
    if (!CLOCK_TIME.test(draft.quietEnd)) issues.push({ path: 'quietHours.end', message: timeMessage(draft.quietEnd) });
    else if (draft.quietEnd === draft.quietStart) {
      issues.push({ path: 'quietHours.end', message: 'Quiet hours cannot end at the time they start' });
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  const parsed = reminderSettingsSchema.safeParse({
    cohortStarts: { enabled: draft.cohortStartsEnabled, daysBefore: daysBefore.sort((a, b) => b - a) },
    deadlines: { enabled: draft.deadlinesEnabled, leadTimes: deadlineLeads },
    events: { enabled: draft.eventsEnabled, leadTimes: eventLeads },
    followUps: {
      enabled: draft.followUpsEnabled,
      afterApplying: {
        enabled: draft.followUpRuleEnabled,
        days: typeof ruleDays === 'number' ? ruleDays : DEFAULT_REMINDER_SETTINGS.followUps.afterApplying.days,
      },
    },
    remindAt: draft.remindAt,
    quietHours: { enabled: draft.quietEnabled, start: quietStart, end: quietEnd },
  });
  if (parsed.success) return { ok: true, value: parsed.data };
  // The checks above cover the schema; this says what slipped through rather than saving it.
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  };
}

/**
 * The lead times of deadlines or events, longest first, adding what is wrong with them to
 * `issues` when the kind is on. `path` is the settings key (`deadlines`, `events`).
 */
function leadTimesOf(
  rows: readonly LeadTimeDraft[],
  enabled: boolean,
  path: 'deadlines' | 'events',
  kind: string,
  issues: SettingsIssue[],
): LeadTime[] {
  const leadTimes: LeadTime[] = [];
  const amounts = rows.map((row) => parseAmount(row.amount, row.unit));
  const keys = rows.map((row, index) => `${String(amounts[index])} ${row.unit}`);
  amounts.forEach((parsed, index) => {
    const at = `${path}.leadTimes.${index}`;
    const unit = rows[index]!.unit;
    if (typeof parsed === 'string') {
      if (enabled) issues.push({ path: at, message: parsed });
      return;
    }
    if (keys.indexOf(keys[index]!) !== keys.lastIndexOf(keys[index]!)) {
      if (enabled) issues.push({ path: at, message: repeatedMessage(parsed, unit) });
    }
    if (!leadTimes.some((lead) => lead.amount === parsed && lead.unit === unit))
      leadTimes.push({ amount: parsed, unit });
  });
  if (enabled && rows.length === 0) {
    issues.push({ path, message: `Add a reminder, or turn ${kind} reminders off` });
  }
  if (leadTimes.length > MAX_REMINDERS) {
    issues.push({ path, message: `Keep it to ${MAX_REMINDERS} reminders or fewer` });
  }
  return leadTimes.sort((a, b) => hoursOf(b) - hoursOf(a));
}

/** N of "follow up N days after applying": a whole number from 1 to 90, or what is wrong with it. */
function parseFollowUpDays(text: string): number | string {
  const trimmed = text.trim();
  if (trimmed === '') return 'Enter a number of days';
  // A negative one is whole too: the range says what is wrong with it.
  if (!/^-?\d+$/.test(trimmed)) return `Enter a whole number of days, like 7 (got '${trimmed}')`;
  const days = Number(trimmed);
  if (days < 1 || days > MAX_FOLLOW_UP_DAYS)
    return `Follow up 1 to ${MAX_FOLLOW_UP_DAYS} days after applying (got ${trimmed})`;
  return days;
}

/** A whole number of days or hours from 0 to 365, or what is wrong with the text. */
function parseAmount(text: string, unit: LeadUnit): number | string {
  const trimmed = text.trim();
  if (trimmed === '') return `Enter a number of ${unit}`;
  if (!/^-?\d+$/.test(trimmed)) return `Enter a whole number of ${unit}, like 3 (got '${trimmed}')`;
  const amount = Number(trimmed);
  // A reminder after the date would come too late to act on.
  if (amount < 0) return `Reminders come before the date: enter 0 or more ${unit} (got ${trimmed})`;
  if (amount > MAX_LEAD) return `Use at most ${MAX_LEAD} ${unit} (got ${trimmed})`;
  return amount;
}

/** "3 days before", "1 hour before". */
export function leadWords(amount: number, unit: LeadUnit): string {
  return `${amount} ${amount === 1 ? unit.slice(0, -1) : unit} before`;
}

/** On every row of a lead time given more than once, so that the row just changed says so too. */
function repeatedMessage(amount: number, unit: LeadUnit): string {
  return `${leadWords(amount, unit)} is in the list more than once`;
}

function timeMessage(text: string): string {
  return text.trim() === '' ? 'Enter a time like 09:00' : `Enter a time like 09:00 (got '${text}')`;
}

function validTimeOr(text: string, fallback: string): string {
  return CLOCK_TIME.test(text) ? text : fallback;
}

function hoursOf(lead: LeadTime): number {
  return lead.unit === 'days' ? lead.amount * 24 : lead.amount;
}
