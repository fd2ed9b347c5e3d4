// The kind a deadline added in the editor starts as, from the application's stage.
import { describe, expect, it } from 'vitest';
import type { DeadlineKind } from '@shared/application';
import { newDeadlineKind } from '@shared/newDeadlineKind';
import type { Stage } from '@shared/pipeline';

const stage = (name: string, phase: Stage['phase']) => ({ name, phase });
const noneMet = () => false;

describe('newDeadlineKind', () => {
  it('is a deadline to apply on the wish list', () => {
    expect(newDeadlineKind(stage('Wishlist', 'saved'), noneMet)).toBe('application');
  });

  // tester34: at Online assessment, "Submit HackerRank OA" was added as a deadline to apply, ticked done at once.
  it("fits the stage past applying, read from the stage's own name", () => {
    const kinds = (
      [
        ['Online assessment', 'in-process'],
        ['HackerRank test', 'in-process'],
        ['Phone screen', 'in-process'],
        ['Final round', 'in-process'],
        ['Background check', 'in-process'],
        ['Applied', 'applied'],
        ['Offer', 'offer'],
        ['Accepted', 'accepted'],
        ['Rejected', 'closed'],
      ] as const
    ).map(([name, phase]) => [name, newDeadlineKind(stage(name, phase), noneMet)]);
    expect(kinds).toEqual([
      ['Online assessment', 'assessment'],
      ['HackerRank test', 'assessment'],
      ['Phone screen', 'interview'],
      ['Final round', 'interview'],
      ['Background check', 'other'],
      ['Applied', 'other'],
      ['Offer', 'offer-response'],
      ['Accepted', 'other'],
      ['Rejected', 'other'],
    ]);
  });

  it('is never a kind the save would tick done at once', () => {
    // On the wish list with the day it was applied on given, a deadline to apply is met.
    const met = (kind: DeadlineKind) => kind === 'application';
    expect(newDeadlineKind(stage('Wishlist', 'saved'), met)).toBe('other');
  });
});
