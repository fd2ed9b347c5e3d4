// The words a stage move's message gives for the deadlines it ticked done or opened again.
import { describe, expect, it } from 'vitest';
import type { Deadline } from '@shared/application';
import { deadlinesChangedSentence, deadlinesChangedSentenceOfMany } from '@shared/deadlinesTicked';

const deadline = (id: string, kind: Deadline['kind'], done: boolean, label = ''): Deadline => ({
  id,
  kind,
  at: '2099-03-10',
  label,
  done,
});

describe('deadlinesChangedSentence', () => {
  it('names the deadlines a change ticked done, by label or else by kind', () => {
    const before = [deadline('a', 'offer-response', false), deadline('b', 'application', false, 'Apply by')];
    const after = before.map((d) => ({ ...d, done: true }));
    expect(deadlinesChangedSentence({ deadlines: before }, { deadlines: after })).toBe(
      ' Ticked done: Offer response due and Apply by.',
    );
  });

  it('names the deadlines a change opened again', () => {
    const before = [deadline('a', 'offer-response', true), deadline('b', 'other', true)];
    const after = [{ ...before[0]!, done: false }, before[1]!];
    expect(deadlinesChangedSentence({ deadlines: before }, { deadlines: after })).toBe(
      ' Reopened: Offer response due.',
    );
  });

  it('says nothing when no deadline changed, or one was added or removed', () => {
    const before = [deadline('a', 'offer-response', true)];
    expect(deadlinesChangedSentence({ deadlines: before }, { deadlines: before })).toBe('');
    expect(deadlinesChangedSentence({ deadlines: [] }, { deadlines: [deadline('n', 'other', false)] })).toBe('');
    expect(deadlinesChangedSentence({ deadlines: before }, { deadlines: [] })).toBe('');
  });
});

describe('deadlinesChangedSentenceOfMany', () => {
  it('names each deadline with its company, and says nothing of applications whose deadlines stayed', () => {
    const open = deadline('a', 'offer-response', false);
    const ticked = { ...open, done: true };
    const other = deadline('b', 'other', true, 'Sign the contract');
    expect(
      deadlinesChangedSentenceOfMany([
        { before: { company: 'Stripe', deadlines: [ticked] }, after: { deadlines: [open] } },
        { before: { company: 'Figma', deadlines: [] }, after: { deadlines: [] } },
        {
          before: { company: 'Canva', deadlines: [ticked, other] },
          after: { deadlines: [open, { ...other, done: false }] },
        },
        { before: { company: 'Ramp', deadlines: [open] }, after: { deadlines: [ticked] } },
      ]),
    ).toBe(
      ' Ticked done: Offer response due (Ramp). Reopened: Offer response due (Stripe), Offer response due (Canva) and Sign the contract (Canva).',
    );
    expect(deadlinesChangedSentenceOfMany([])).toBe('');
  });
});
