// The local time zone and its rules, as a string that changes when they do: reminders fall at
// local times (09:00 the day before), so those times move with the zone, or with a change of its
// daylight-saving rules, which the UTC offsets of midwinter and midsummer show.
export function timeZoneRules(now = new Date()): string {
  const year = now.getFullYear();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return `${zone} ${new Date(year, 0, 1).getTimezoneOffset()} ${new Date(year, 6, 1).getTimezoneOffset()}`;
}
