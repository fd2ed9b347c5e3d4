// The offer comparison: each fact in words, and the best of each row marked by rules worked out
// by hand (the figures are in threeOffers.ts).
process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import type { Application, Pay } from '@shared/application';
import { compareOffers, countdown, type FactId, type FactRow } from '@shared/compare/compareOffers';
import { dateWords } from '@shared/dateWords';
import { newApplication } from '@shared/newApplication';
import { DEFAULT_PIPELINE, renameStage } from '@shared/pipeline';
import { globex, initech, northwind, NOW } from '../../support/threeOffers';
import { anOffer } from '../../support/anOffer';

const OPTIONS = { pipeline: DEFAULT_PIPELINE, now: NOW, dates: dateWords('en-US') };

function rowOf(rows: FactRow[], id: FactId): FactRow {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`No row ${id}`);
  return row;
}

/** Each cell as "value [detail]", with " *" when it is marked best. */
function cellsOf(rows: FactRow[], id: FactId): string[] {
  return rowOf(rows, id).cells.map((c) => `${c.lines.join(' / ')} [${c.detail}]${c.best ? ' *' : ''}`);
}

/** Which columns (by company) are marked best in a row. */
function bestOf(apps: Application[], rows: FactRow[], id: FactId): string[] {
  return apps.filter((_, i) => rowOf(rows, id).cells[i]!.best).map((app) => app.company);
}

const pay = (min: number | null, max: number | null, period: Pay['period'], currency = 'USD'): Pay => ({
  min,
  max,
  currency,
  period,
  raw: '',
});

/** A plain application with only what a test cares about. */
function anApplication(id: string, fields: Parameters<typeof newApplication>[0] = {}): Application {
  return newApplication({ company: id, role: 'Intern', ...fields }, { id, now: '2026-01-10T10:00:00-08:00' });
}

const USD_OFFER = anOffer();

describe('three offers paid by the hour, by the month and in total', () => {
  const apps = [northwind(), globex(), initech()];
  const rows = compareOffers(apps, OPTIONS);

  it('has one row per fact, in groups, one cell per application in their order', () => {
    expect(rows.map((r) => r.label)).toEqual([
      'Stage',
      'Response deadline',
      'Pay as written',
      'Hourly',
      'Monthly',
      'Total pay',
      'Housing',
      'Relocation',
      'Sign-on bonus',
      'Other parts',
      'Total value',
      'Locations and work mode',
      'Cohort dates',
      'Visa sponsorship',
      'Excitement',
      'Notes',
    ]);
    expect(rows.map((r) => r.group)).toEqual([
      'status',
      'status',
      'pay',
      'pay',
      'pay',
      'pay',
      'offer',
      'offer',
      'offer',
      'offer',
      'offer',
      'place',
      'place',
      'fit',
      'fit',
      'fit',
    ]);
    for (const row of rows) expect(row.cells).toHaveLength(3);
  });

  it('gives the response deadline with a countdown, and marks the one that leaves most time', () => {
    expect(cellsOf(rows, 'response-deadline')).toEqual([
      'Sat, Mar 7, 2026 [in 3 days]',
      'Sat, Mar 14, 2026, 5:00 PM [in 10 days] *',
      'Mon, Mar 2, 2026 [overdue by 2 days]',
    ]);
    expect(rowOf(rows, 'response-deadline').bestMeans).toBe('most time to decide');
    expect(rowOf(rows, 'response-deadline').cells.map((c) => c.urgent)).toEqual([false, false, true]);
  });

  it('shows pay as written, then hourly, monthly and total under the convention', () => {
    expect(cellsOf(rows, 'pay-as-written')).toEqual(['$50/hr []', '$9,000 per month []', '$30,000 for the summer []']);
    // $9,000 a month is 9,000 × 12 / 52 / 40 = $51.92 an hour; $30,000 over 10 weeks is $75.
    expect(cellsOf(rows, 'hourly')).toEqual(['$50.00 []', '$51.92 []', '$75.00 [] *']);
    // $50 an hour is 50 × 40 × 52 / 12 = $8,666.67 a month; $3,000 a week is $13,000.
    expect(cellsOf(rows, 'monthly')).toEqual(['$8,667 []', '$9,000 []', '$13,000 [] *']);
    // The longest internship pays most in all, though its rate is the lowest.
    expect(cellsOf(rows, 'total-pay')).toEqual([
      '$32,000 [over the stated 16 weeks] *',
      '$24,923.08 [over the chosen cohort’s 12 weeks]',
      '$30,000 [as stated, for 10 weeks]',
    ]);
  });

  it('values each part of the offer over the internship and marks the highest', () => {
    expect(cellsOf(rows, 'housing')).toEqual(['$3,692.31 [$1,000 a month]', '$6,000 [$500 a week] *', '$4,000 []']);
    expect(cellsOf(rows, 'relocation')).toEqual(['None []', 'None []', '$1,500 [] *']);
    expect(cellsOf(rows, 'other-parts')).toEqual(['None []', 'Gym allowance: $600 [] *', 'None []']);
  });

  it('marks every offer that ties for best', () => {
    expect(bestOf(apps, rows, 'sign-on-bonus')).toEqual(['Northwind', 'Initech']);
    expect(cellsOf(rows, 'sign-on-bonus')).toEqual(['$5,000 [] *', 'None []', '$5,000 [] *']);
  });

  it('adds up the total value and marks the highest, which is not the best hourly rate', () => {
    // 32,000 + 3,692.31 + 5,000; 24,923.08 + 6,000 + 600; 30,000 + 4,000 + 1,500 + 5,000.
    expect(cellsOf(rows, 'total-value')).toEqual([
      '$40,692.31 [over 16 weeks] *',
      '$31,523.08 [over 12 weeks]',
      '$40,500 [over 10 weeks]',
    ]);
    expect(rowOf(rows, 'total-value').bestMeans).toBe('highest total value');
    expect(rowOf(rows, 'total-value').note).toBe('');
  });

  it('lists places, cohorts (the chosen one marked) and the duration when there are no dates', () => {
    expect(cellsOf(rows, 'locations')).toEqual([
      'Remote / Anywhere in the US []',
      'Hybrid / Chicago, IL / Austin, TX []',
      'On-site / Austin, TX []',
    ]);
    expect(cellsOf(rows, 'cohorts')).toEqual([
      ' [16 weeks, no dates yet]',
      'June start: Jun 1 – Aug 21, 2026 (12 weeks) — chosen / Jun 15 – Sep 4, 2026 (12 weeks) []',
      ' [10 weeks, no dates yet]',
    ]);
    expect(rowOf(rows, 'cohorts').cells[1]!.marked).toBe(0);
  });

  it('marks sponsorship offered and the highest excitement; stage, places and notes are not ranked', () => {
    expect(cellsOf(rows, 'sponsorship')).toEqual([
      'Offers visa sponsorship [] *',
      'Does not sponsor visas []',
      'Unknown []',
    ]);
    expect(cellsOf(rows, 'excitement')).toEqual(['3 of 5 []', '5 of 5 [] *', '4 of 5 []']);
    for (const id of ['stage', 'pay-as-written', 'locations', 'cohorts', 'notes'] as const) {
      expect(rowOf(rows, id).bestMeans).toBeNull();
      expect(rowOf(rows, id).cells.some((c) => c.best)).toBe(false);
    }
    expect(cellsOf(rows, 'notes')).toEqual(['Small team, lots of ownership. []', ' []', ' []']);
  });

  it('names the stage as the pipeline names it, with the day the application got there', () => {
    expect(cellsOf(rows, 'stage')).toEqual([
      'Offer [since Feb 28, 2026]',
      'Offer [since Mar 1, 2026]',
      'Offer [since Feb 20, 2026]',
    ]);
    const renamed = renameStage(DEFAULT_PIPELINE, 'offer', 'Offer in hand');
    if (!renamed.ok) throw new Error(renamed.error);
    const again = compareOffers(apps, { ...OPTIONS, pipeline: renamed.pipeline });
    expect(rowOf(again, 'stage').cells[0]!.lines).toEqual(['Offer in hand']);
  });

  it('says the date was not recorded of a stage reached on a day nobody gave, not "since" the import', () => {
    const app = northwind();
    const latest = { ...app.stageHistory.at(-1)!, dateUnknown: true as const };
    const imported = { ...app, stageHistory: [...app.stageHistory.slice(0, -1), latest] };
    expect(cellsOf(compareOffers([imported, globex()], OPTIONS), 'stage')[0]).toBe('Offer [date not recorded]');
  });

  it('follows the order the applications come in', () => {
    const reversed = [initech(), globex(), northwind()];
    expect(bestOf(reversed, compareOffers(reversed, OPTIONS), 'total-value')).toEqual(['Northwind']);
    expect(rowOf(compareOffers(reversed, OPTIONS), 'hourly').cells[0]!.best).toBe(true);
  });
});

describe('what is not compared', () => {
  it('marks nothing for a single application', () => {
    const rows = compareOffers([northwind()], OPTIONS);
    expect(rows.every((row) => row.cells.every((c) => !c.best))).toBe(true);
  });

  it('marks nothing when only one application has a value to compare', () => {
    const apps = [anApplication('a', { excitement: 4 }), anApplication('b')];
    expect(bestOf(apps, compareOffers(apps, OPTIONS), 'excitement')).toEqual([]);
  });

  it('marks nothing when the best is nothing at all', () => {
    const apps = [anApplication('a', { offer: USD_OFFER }), anApplication('b', { offer: USD_OFFER })];
    const rows = compareOffers(apps, OPTIONS);
    expect(cellsOf(rows, 'sign-on-bonus')).toEqual(['None []', 'None []']);
    expect(bestOf(apps, rows, 'sign-on-bonus')).toEqual([]);
    expect(bestOf(apps, rows, 'sponsorship')).toEqual([]);
  });

  it('does not compare amounts in different currencies, and says so', () => {
    const apps = [
      anApplication('Toronto', { pay: pay(6000, 6000, 'month', 'CAD'), durationWeeks: 12 }),
      anApplication('Seattle', { pay: pay(5000, 5000, 'month'), durationWeeks: 12 }),
    ];
    const rows = compareOffers(apps, OPTIONS);
    for (const id of ['hourly', 'monthly', 'total-pay'] as const) {
      expect(bestOf(apps, rows, id)).toEqual([]);
      expect(rowOf(rows, id).note).toBe('Not compared: the amounts are in CAD and USD.');
    }
    expect(cellsOf(rows, 'monthly')).toEqual(['CA$6,000 []', '$5,000 []']);
  });

  it('says nothing of currencies where one side has nothing: nothing is nothing in any currency', () => {
    const gbp = { ...USD_OFFER, currency: 'GBP' };
    const apps = [
      anApplication('London', { offer: gbp }),
      anApplication('Austin', { offer: { ...USD_OFFER, signOnBonus: 5000 } }),
    ];
    const rows = compareOffers(apps, OPTIONS);
    // None and None: no best, and no word of currencies.
    expect(cellsOf(rows, 'other-parts')).toEqual(['None []', 'None []']);
    expect(rowOf(rows, 'other-parts').note).toBe('');
    // $5,000 against none: the bonus is best.
    expect(rowOf(rows, 'sign-on-bonus').note).toBe('');
    expect(bestOf(apps, rows, 'sign-on-bonus')).toEqual(['Austin']);
  });

  it('leaves out of the comparison an application without the fact, and compares the rest', () => {
    const apps = [
      anApplication('a', { pay: pay(40, 40, 'hour') }),
      anApplication('b'),
      anApplication('c', { pay: pay(45, 45, 'hour') }),
    ];
    const rows = compareOffers(apps, OPTIONS);
    expect(cellsOf(rows, 'hourly')).toEqual(['$40.00 []', ' []', '$45.00 [] *']);
  });

  it('compares a range by its lowest figure', () => {
    // $40–$60 an hour may be $40; $45 is sure.
    const apps = [
      anApplication('range', { pay: pay(40, 60, 'hour') }),
      anApplication('fixed', { pay: pay(45, 45, 'hour') }),
    ];
    const rows = compareOffers(apps, OPTIONS);
    expect(cellsOf(rows, 'hourly')).toEqual(['$40.00–$60.00 []', '$45.00 [] *']);
    expect(cellsOf(rows, 'pay-as-written')).toEqual([
      '$40–$60 an hour [from the amounts; nothing written]',
      '$45 an hour [from the amounts; nothing written]',
    ]);
  });

  it('compares a part-time pay by the hours it states, and says them beside its rates', () => {
    // R$ 2,200 a month for 30 h/week is 2,200 × 12 / 52 / 30 = R$16.92 an hour; R$ 2,800 for
    // 40 h/week, R$16.15: the part-time one pays more an hour, less a month.
    const apps = [
      anApplication('part-time', { pay: { ...pay(2200, 2200, 'month', 'BRL'), hoursPerWeek: 30 }, durationWeeks: 26 }),
      anApplication('full-time', { pay: pay(2800, 2800, 'month', 'BRL'), durationWeeks: 26 }),
    ];
    const rows = compareOffers(apps, OPTIONS);
    expect(cellsOf(rows, 'hourly')).toEqual(['R$16.92 [for 30 h/week] *', 'R$16.15 []']);
    expect(cellsOf(rows, 'monthly')).toEqual(['R$2,200 [for 30 h/week]', 'R$2,800 [] *']);
  });

  it('counts amounts within half a cent as a tie', () => {
    // $6,933.33 a month is 6,933.33 × 12 / 52 / 40 = $39.99998 an hour: the same as $40.
    const apps = [
      anApplication('hourly', { pay: pay(40, 40, 'hour') }),
      anApplication('monthly', { pay: pay(6933.33, 6933.33, 'month') }),
    ];
    expect(bestOf(apps, compareOffers(apps, OPTIONS), 'hourly')).toEqual(['hourly', 'monthly']);
  });
});

describe('an unpaid role', () => {
  const unpaid = (currency = 'USD'): Pay => ({ ...pay(0, 0, null, currency), raw: 'Unpaid' });

  it('says "Unpaid" in every pay row, and compares as nothing: below any pay, the pay not known not ranked', () => {
    const apps = [
      anApplication('museum', { pay: unpaid(), offer: USD_OFFER }),
      anApplication('bank', { pay: pay(20, 20, 'hour'), durationWeeks: 10, offer: USD_OFFER }),
      anApplication('lab'),
    ];
    const rows = compareOffers(apps, OPTIONS);
    expect(cellsOf(rows, 'pay-as-written')).toEqual([
      'Unpaid []',
      '$20 an hour [from the amounts; nothing written]',
      ' []',
    ]);
    expect(cellsOf(rows, 'hourly')).toEqual(['Unpaid []', '$20.00 [] *', ' []']);
    expect(cellsOf(rows, 'monthly')).toEqual(['Unpaid []', '$3,467 [] *', ' []']);
    // Nothing over any length, where the paid one needs its own.
    expect(cellsOf(rows, 'total-pay')).toEqual([
      'Unpaid [nothing over the internship]',
      '$8,000 [over the stated 10 weeks] *',
      ' []',
    ]);
    expect(cellsOf(rows, 'total-value')).toEqual(['Unpaid []', '$8,000 [over 10 weeks] *', ' []']);
    expect(rowOf(rows, 'total-pay').cells.map((c) => c.score)).toEqual([0, 8000, null]);
  });

  it('is nothing in any currency: it is not a currency to compare', () => {
    const apps = [
      anApplication('Berlin', { pay: unpaid('EUR'), durationWeeks: 12 }),
      anApplication('Austin', { pay: pay(5000, 5000, 'month'), durationWeeks: 12 }),
    ];
    const rows = compareOffers(apps, OPTIONS);
    expect(rowOf(rows, 'monthly').note).toBe('');
    expect(bestOf(apps, rows, 'monthly')).toEqual(['Austin']);
  });

  it('marks nothing best among unpaid roles alone', () => {
    const apps = [anApplication('a', { pay: unpaid() }), anApplication('b', { pay: unpaid() })];
    expect(bestOf(apps, compareOffers(apps, OPTIONS), 'total-pay')).toEqual([]);
  });
});

describe('the length of the internship', () => {
  const cohorts = [
    { id: 'may', start: '2026-05-18', end: '2026-08-07', label: 'May' },
    { id: 'short', start: '2026-06-15', end: '2026-08-07', label: 'Short' },
  ];

  it('asks to choose a cohort when the cohorts differ in length and none is chosen', () => {
    const apps = [
      anApplication('monthly', { pay: pay(8000, 8000, 'month'), cohorts }),
      anApplication('total', { pay: pay(20000, 20000, 'total'), cohorts }),
    ];
    const rows = compareOffers(apps, OPTIONS);
    expect(cellsOf(rows, 'total-pay')).toEqual([' [Choose a cohort to work it out]', '$20,000 [as stated]']);
    // A total over an unknown length has no rate.
    expect(cellsOf(rows, 'hourly')).toEqual(['$46.15 []', ' [Choose a cohort to work it out]']);
    expect(bestOf(apps, rows, 'total-pay')).toEqual([]);
    expect(rowOf(rows, 'cohorts').cells[0]!.detail).toBe('none chosen yet');
  });

  it('asks for a period, not for anything else, when the pay has none', () => {
    const rows = compareOffers([anApplication('a', { pay: { ...pay(28000, 28000, 'month'), period: null } })], OPTIONS);
    const asked = ' [no period: add one (an hour, a month…) to work it out]';
    expect((['hourly', 'monthly', 'total-pay'] as const).map((id) => cellsOf(rows, id))).toEqual([
      [asked],
      [asked],
      [asked],
    ]);
  });

  it('asks for a cohort or a duration when there is neither', () => {
    const rows = compareOffers([anApplication('a', { pay: pay(8000, 8000, 'month') })], OPTIONS);
    expect(cellsOf(rows, 'total-pay')).toEqual([' [Give a cohort or a duration to work it out]']);
  });

  it('uses the chosen cohort once there is one', () => {
    // May 18 – Aug 7 is 82 days: 12 weeks. $8,000 a month is 8,000 × 12 / 52 = $1,846.15 a week.
    const rows = compareOffers(
      [anApplication('a', { pay: pay(8000, 8000, 'month'), cohorts, chosenCohortId: 'may' })],
      OPTIONS,
    );
    expect(cellsOf(rows, 'total-pay')).toEqual(['$22,153.85 [over the chosen cohort’s 12 weeks]']);
    expect(cellsOf(rows, 'cohorts')).toEqual([
      'May: May 18 – Aug 7, 2026 (12 weeks) — chosen / Short: Jun 15 – Aug 7, 2026 (8 weeks) []',
    ]);
  });

  it('says the total value is not complete while the base pay cannot be added', () => {
    const withHousing = { ...USD_OFFER, housing: { type: 'stipend' as const, amount: 1000, period: 'month' as const } };
    const apps = [
      anApplication('a', { pay: pay(8000, 8000, 'month'), cohorts, offer: withHousing }),
      anApplication('b', { pay: pay(5000, 5000, 'month'), durationWeeks: 12, offer: USD_OFFER }),
    ];
    const rows = compareOffers(apps, OPTIONS);
    expect(cellsOf(rows, 'total-value')).toEqual([
      ' [Not complete: base pay not added (choose a cohort); housing stipend not added (choose a cohort)]',
      // 5,000 × 12 / 52 × 12
      '$13,846.15 [over 12 weeks]',
    ]);
    expect(cellsOf(rows, 'housing')).toEqual(['$1,000 a month [Choose a cohort to total it]', 'None []']);
    expect(bestOf(apps, rows, 'total-value')).toEqual([]);
  });

  it('does not add a base pay in another currency than the offer’s', () => {
    const apps = [
      anApplication('a', {
        pay: pay(4000, 4000, 'month', 'EUR'),
        durationWeeks: 12,
        offer: { ...USD_OFFER, signOnBonus: 1000 },
      }),
      anApplication('b', { pay: pay(5000, 5000, 'month'), durationWeeks: 12, offer: USD_OFFER }),
    ];
    const rows = compareOffers(apps, OPTIONS);
    expect(cellsOf(rows, 'total-value')[0]).toBe('$1,000 [Not complete: base pay in EUR not added]');
    expect(bestOf(apps, rows, 'total-value')).toEqual([]);
  });
});

describe('housing provided', () => {
  const apps = [
    anApplication('provided', {
      pay: pay(5000, 5000, 'month'),
      durationWeeks: 12,
      offer: { ...USD_OFFER, housing: { type: 'provided' } },
    }),
    anApplication('stipend', {
      pay: pay(5000, 5000, 'month'),
      durationWeeks: 12,
      offer: { ...USD_OFFER, housing: { type: 'stipend', amount: 300, period: 'week' } },
    }),
  ];
  const rows = compareOffers(apps, OPTIONS);

  it('is not ranked against stipends: it has no amount, and may be worth more', () => {
    expect(cellsOf(rows, 'housing')).toEqual(['Provided [no amount to compare]', '$3,600 [$300 a week]']);
    expect(bestOf(apps, rows, 'housing')).toEqual([]);
    expect(rowOf(rows, 'housing').note).toBe('Not compared: housing provided has no amount.');
  });

  it('leaves the totals compared, saying that none includes it', () => {
    // 13,846.15 and 13,846.15 + 3,600
    expect(cellsOf(rows, 'total-value')).toEqual([
      '$13,846.15 [over 12 weeks, plus housing provided]',
      '$17,446.15 [over 12 weeks] *',
    ]);
    expect(rowOf(rows, 'total-value').note).toBe('Housing provided has no amount, so no total includes it.');
  });
});

describe('the response deadline', () => {
  const answerBy = (at: string, done = false) =>
    anApplication(at, {
      deadlines: [{ id: 'd', kind: 'offer-response', at, label: '', done }],
      offer: { ...USD_OFFER, responseDeadlineId: 'd' },
    });

  it('counts down in calendar days, and says how long ago one passed', () => {
    const now = new Date('2026-03-04T10:00:00-08:00');
    expect(countdown({ at: '2026-03-04' }, now)).toBe('today');
    expect(countdown({ at: '2026-03-04T17:00:00-08:00' }, now)).toBe('today');
    expect(countdown({ at: '2026-03-05T09:00:00-08:00' }, now)).toBe('tomorrow');
    expect(countdown({ at: '2026-03-09' }, now)).toBe('in 5 days');
    expect(countdown({ at: '2026-03-04T09:00:00-08:00' }, now)).toBe('overdue since earlier today');
    expect(countdown({ at: '2026-03-03' }, now)).toBe('overdue since yesterday');
    expect(countdown({ at: '2026-02-25' }, now)).toBe('overdue by 7 days');
  });

  it('does not rank a deadline marked done, or one passed', () => {
    const apps = [answerBy('2026-03-20', true), answerBy('2026-03-01'), answerBy('2026-03-10')];
    const rows = compareOffers(apps, OPTIONS);
    expect(cellsOf(rows, 'response-deadline')).toEqual([
      'Fri, Mar 20, 2026 [marked done]',
      'Sun, Mar 1, 2026 [overdue by 3 days]',
      'Tue, Mar 10, 2026 [in 6 days]',
    ]);
    // One deadline still ahead: nothing to compare it with.
    expect(bestOf(apps, rows, 'response-deadline')).toEqual([]);
  });

  it('is the offer-response deadline still open when the offer names none', () => {
    const app = anApplication('a', {
      deadlines: [
        { id: 'old', kind: 'offer-response', at: '2026-03-05', label: '', done: true },
        { id: 'late', kind: 'offer-response', at: '2026-03-30', label: '', done: false },
        { id: 'soon', kind: 'offer-response', at: '2026-03-12', label: '', done: false },
        { id: 'apply', kind: 'application', at: '2026-03-06', label: '', done: false },
      ],
    });
    expect(cellsOf(compareOffers([app], OPTIONS), 'response-deadline')).toEqual(['Thu, Mar 12, 2026 [in 8 days]']);
  });

  it("writes its dates as the user's region does", () => {
    const uk = { ...OPTIONS, dates: dateWords('en-GB') };
    expect(cellsOf(compareOffers([answerBy('2026-03-10')], uk), 'response-deadline')).toEqual([
      'Tue, 10 Mar 2026 [in 6 days]',
    ]);
    expect(cellsOf(compareOffers([globex()], uk), 'cohorts')).toEqual([
      'June start: 1 Jun – 21 Aug 2026 (12 weeks) — chosen / 15 Jun – 4 Sept 2026 (12 weeks) []',
    ]);
  });
});
