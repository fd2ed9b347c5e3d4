import { describe, expect, it } from 'vitest';
import { dateOrderOfZone } from '@shared/dateOrderOfZone';

describe('dateOrderOfZone', () => {
  it.each(['America/New_York', 'America/Los_Angeles', 'America/Indianapolis', 'Pacific/Honolulu', 'US/Pacific'])(
    'is month first in %s, in the United States',
    (zone) => {
      expect(dateOrderOfZone(zone)).toBe('month-first');
    },
  );

  it.each([
    'Europe/London',
    'Europe/Berlin',
    'Asia/Kolkata',
    'Australia/Sydney',
    'America/Mexico_City',
    'America/Sao_Paulo',
    'Africa/Abidjan',
    'Europe/Moscow',
  ])('is day first in %s', (zone) => {
    expect(dateOrderOfZone(zone)).toBe('day-first');
  });

  // Canada and the Philippines write both orders; China, Japan and Korea the year first.
  it.each([
    ...['America/Toronto', 'America/Vancouver', 'America/Halifax', 'America/Winnipeg', 'America/St_Johns'],
    ...[
      'Asia/Manila',
      'Asia/Tokyo',
      'Asia/Pyongyang',
      'Asia/Shanghai',
      'Asia/Urumqi',
      'Asia/Harbin',
      'UTC',
      'Etc/GMT+5',
    ],
    // A zone the table does not know: the language decides instead.
    'Mars/Olympus_Mons',
  ])('says nothing in %s', (zone) => {
    expect(dateOrderOfZone(zone)).toBeNull();
  });
});
