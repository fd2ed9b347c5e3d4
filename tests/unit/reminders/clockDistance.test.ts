// The one rule for "in 3 hours": what a reminder's title and the reminder centre both say under a day.
import { describe, expect, it } from 'vitest';
import { clockDistance } from '@shared/reminders/clockDistance';

const FROM = new Date('2026-12-07T16:00:00Z');
const after = (seconds: number) => new Date(FROM.getTime() + seconds * 1000);

describe('clockDistance', () => {
  it('says whole minutes under an hour, and "now" under half a minute either way', () => {
    expect(clockDistance(after(29), FROM)).toBe('now');
    expect(clockDistance(after(-29), FROM)).toBe('now');
    expect(clockDistance(after(30), FROM)).toBe('in 1 minute');
    expect(clockDistance(after(-40 * 60), FROM)).toBe('40 minutes ago');
  });

  it('says whole hours, over by a quarter of an hour at most, ahead and behind alike', () => {
    expect(clockDistance(after(44 * 60), FROM)).toBe('in 44 minutes');
    expect(clockDistance(after(60 * 60), FROM)).toBe('in 1 hour');
    expect(clockDistance(after((2 * 60 + 44) * 60), FROM)).toBe('in 2 hours');
    expect(clockDistance(after((2 * 60 + 45) * 60), FROM)).toBe('in 3 hours');
    expect(clockDistance(after(-(2 * 60 + 50) * 60), FROM)).toBe('3 hours ago');
  });

  it('leaves a day or more to calendar days', () => {
    expect(clockDistance(after(24 * 3600 - 31), FROM)).toBe('in 24 hours');
    expect(clockDistance(after(24 * 3600 - 30), FROM)).toBeNull();
    expect(clockDistance(after(-24 * 3600), FROM)).toBeNull();
  });
});
