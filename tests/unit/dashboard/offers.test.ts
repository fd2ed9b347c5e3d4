// The dashboard's offers: which applications, in what order, answered by when and worth what.
import { describe, expect, it } from 'vitest';
import type { Deadline } from '@shared/application';
import { offersOf, valuePerMonth } from '@shared/dashboard/offers';
import { responseDeadline } from '@shared/nextDate';
import { offerValue } from '@shared/payNormalize';
import { anApplication } from '../core/applicationFixture';
import { anOffer } from '../../support/anOffer';

const deadline = (id: string, at: string, extra: Partial<Deadline> = {}): Deadline => ({
  id,
  kind: 'offer-response',
  at,
  label: '',
  done: false,
  ...extra,
});

describe('responseDeadline', () => {
  it('is the deadline the offer names, even when another is sooner', () => {
    const app = anApplication({
      deadlines: [deadline('soon', '2026-03-03'), deadline('named', '2026-03-10', { kind: 'other' })],
      offer: anOffer({ responseDeadlineId: 'named' }),
    });
    expect(responseDeadline(app)?.id).toBe('named');
  });

  it('is otherwise the nearest open offer-response deadline', () => {
    const app = anApplication({
      deadlines: [
        deadline('later', '2026-03-20'),
        deadline('done', '2026-03-01', { done: true }),
        deadline('interview', '2026-03-02', { kind: 'interview' }),
        deadline('sooner', '2026-03-06T12:00:00-08:00'),
      ],
    });
    expect(responseDeadline(app)?.id).toBe('sooner');
    expect(responseDeadline(anApplication())).toBeNull();
  });
});

describe('valuePerMonth', () => {
  it('spreads the total over the months of the internship', () => {
    // $9,000 a month for 12 weeks is 9000 × 12/52 × 12 = $24,923.08, plus a $5,000 bonus: $29,923.08,
    // over 12 × 12/52 = 2.769 months: $10,805.56 a month.
    const value = offerValue(
      anApplication({
        pay: { min: 9000, max: 9000, currency: 'USD', period: 'month', raw: '' },
        durationWeeks: 12,
        offer: anOffer({ signOnBonus: 5000 }),
      }),
    )!;
    expect(value.total!.min).toBeCloseTo(29_923.08, 2);
    expect(valuePerMonth(value)!.min).toBeCloseTo(10_805.56, 2);
  });

  it('has none when the length is unknown', () => {
    expect(valuePerMonth(offerValue(anApplication({ offer: anOffer({ relocation: 2000 }) }))!)).toBeNull();
  });
});

describe('offersOf', () => {
  it('lists offers soonest answer first, those without a deadline next, then accepted ones', () => {
    const inPhase = (phase: 'offer' | 'accepted' | 'in-process' | 'closed') => ({ phase, stageId: phase });
    const apps = [
      anApplication({ company: 'Accepted' }, inPhase('accepted')),
      anApplication({ company: 'No deadline' }, inPhase('offer')),
      anApplication({ company: 'Later', deadlines: [deadline('d', '2026-03-20')] }, inPhase('offer')),
      anApplication({ company: 'Interviewing' }, inPhase('in-process')),
      anApplication({ company: 'Sooner', deadlines: [deadline('d', '2026-03-05')] }, inPhase('offer')),
      anApplication({ company: 'Declined' }, inPhase('closed')),
    ];
    expect(offersOf(apps).map((item) => item.app.company)).toEqual(['Sooner', 'Later', 'No deadline', 'Accepted']);
    expect(offersOf(apps)[0]!.responseDeadline?.at).toBe('2026-03-05');
  });
});
