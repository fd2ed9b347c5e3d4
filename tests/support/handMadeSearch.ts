// A small search made by hand for the dashboard's tests, at Monday Mar 2 2026, 10:00 in
// California. Each application's path is written out so its numbers can be counted by hand:
//
// | company | work mode | path (stage on day)                                              | went out |
// | ------- | --------- | ---------------------------------------------------------------- | -------- |
// | Acme    | remote    | wishlist Feb 20                                                  | Feb 20 (saved) |
// | Birch   | onsite    | wishlist Feb 10, applied Feb 16, OA Feb 23 (7 d), rejected Feb 27 | Feb 16 |
// | Cobalt  | remote    | applied Feb 18, ghosted Mar 1 (not an answer)                    | Feb 18 |
// | Delta   | hybrid    | applied Jan 5, phone screen Jan 9 (4 d), final round Jan 20, offer Feb 2 | Jan 5 |
// | Ember   | onsite    | applied Jan 12, technical Jan 26 (14 d), offer Feb 10, accepted Feb 20 | Jan 12 |
// | Fjord   | hybrid    | applied Feb 25                                                   | Feb 25 |
// | Grove   | remote    | wishlist Feb 26                                                  | Feb 26 (saved) |
// | Harbor  | onsite    | applied Dec 1 2025, phone screen Dec 11 (10 d), rejected Dec 20  | Dec 1  |
// | Iris    | hybrid    | applied Feb 20, OA Feb 22 (2 d)                                  | Feb 20 |
// | Juniper | remote    | applied Feb 1, offer Feb 24 (23 d)                               | Feb 1  |
// | Kelp    | onsite    | applied Feb 2, phone screen Feb 6 — archived                     | Feb 2  |
//
// Dates ahead: Grove's application deadline Tue Mar 3 17:00; Fjord's follow-up Wed Mar 4; Iris's
// technical interview Wed Mar 4 13:00; Delta's offer response due Thu Mar 5 (named by its offer);
// Ember's cohort starts Sun Mar 8; Juniper's offer response due Fri Mar 20 (not named by its
// offer). Over or not counted: Birch's assessment Mar 3 (Birch is closed), Cobalt's deadline Feb 27.
import type { Application } from '../../shared/application';
import { newApplication, type ApplicationFields } from '../../shared/newApplication';
import { DEFAULT_PIPELINE, stageById } from '../../shared/pipeline';
import { withStageChange } from '../../shared/stageHistory';
import { anOffer } from './anOffer';

export const HAND_MADE_NOW = new Date('2026-03-02T10:00:00-08:00');

const at = (day: string) => `${day}T09:00:00-08:00`;

function stage(id: string) {
  const found = stageById(DEFAULT_PIPELINE, id);
  if (!found) throw new Error(`No stage ${id} in the default pipeline`);
  return found;
}

/** Created in the first stage on its day, then moved through the others on theirs. */
function tracked(
  company: string,
  moves: [stageId: string, day: string][],
  fields: Partial<ApplicationFields> = {},
  archivedOn: string | null = null,
): Application {
  const [[firstStage, created], ...rest] = moves as [[string, string], ...[string, string][]];
  let app = newApplication(
    { role: 'Software Engineering Intern', ...fields, company },
    { id: company.toLowerCase(), now: at(created), stage: stage(firstStage) },
  );
  rest.forEach(([stageId, day], i) => {
    app = withStageChange(app, { id: `move-${i + 1}`, stage: stage(stageId), at: at(day), note: '' }, at(day));
  });
  return archivedOn === null ? app : { ...app, archivedAt: at(archivedOn) };
}

export function handMadeSearch(): Application[] {
  return [
    tracked('Acme', [['wishlist', '2026-02-20']], { workMode: 'remote' }),
    tracked(
      'Birch',
      [
        ['wishlist', '2026-02-10'],
        ['applied', '2026-02-16'],
        ['online-assessment', '2026-02-23'],
        ['rejected', '2026-02-27'],
      ],
      {
        workMode: 'onsite',
        deadlines: [{ id: 'oa', kind: 'assessment', at: '2026-03-03', label: '', done: false }],
      },
    ),
    tracked(
      'Cobalt',
      [
        ['applied', '2026-02-18'],
        ['ghosted', '2026-03-01'],
      ],
      {
        workMode: 'remote',
        deadlines: [{ id: 'gone', kind: 'application', at: '2026-02-27', label: '', done: false }],
      },
    ),
    tracked(
      'Delta',
      [
        ['applied', '2026-01-05'],
        ['phone-screen', '2026-01-09'],
        ['final-round', '2026-01-20'],
        ['offer', '2026-02-02'],
      ],
      {
        workMode: 'hybrid',
        role: 'Machine Learning Intern',
        pay: { min: 9000, max: 9000, currency: 'USD', period: 'month', raw: '$9,000 a month' },
        durationWeeks: 12,
        deadlines: [{ id: 'answer', kind: 'offer-response', at: '2026-03-05', label: '', done: false }],
        offer: anOffer({ signOnBonus: 5000, responseDeadlineId: 'answer' }),
      },
    ),
    tracked(
      'Ember',
      [
        ['applied', '2026-01-12'],
        ['technical-interview', '2026-01-26'],
        ['offer', '2026-02-10'],
        ['accepted', '2026-02-20'],
      ],
      {
        workMode: 'onsite',
        pay: { min: 8000, max: 8000, currency: 'USD', period: 'month', raw: '$8,000 a month' },
        cohorts: [{ id: 'spring', start: '2026-03-08', end: '2026-05-29', label: '' }],
        chosenCohortId: 'spring',
        offer: anOffer({ relocation: 2000 }),
      },
    ),
    tracked('Fjord', [['applied', '2026-02-25']], {
      workMode: 'hybrid',
      followUp: { on: '2026-03-04', note: 'Email the recruiter', done: false },
    }),
    tracked('Grove', [['wishlist', '2026-02-26']], {
      workMode: 'remote',
      deadlines: [{ id: 'apply', kind: 'application', at: '2026-03-03T17:00:00-08:00', label: '', done: false }],
    }),
    tracked(
      'Harbor',
      [
        ['applied', '2025-12-01'],
        ['phone-screen', '2025-12-11'],
        ['rejected', '2025-12-20'],
      ],
      { workMode: 'onsite' },
    ),
    tracked(
      'Iris',
      [
        ['applied', '2026-02-20'],
        ['online-assessment', '2026-02-22'],
      ],
      {
        workMode: 'hybrid',
        events: [
          {
            id: 'tech',
            kind: 'technical',
            title: '',
            start: '2026-03-04T13:00:00-08:00',
            durationMinutes: 60,
            location: '',
            people: '',
            notes: '',
            outcome: 'pending',
          },
        ],
      },
    ),
    tracked(
      'Juniper',
      [
        ['applied', '2026-02-01'],
        ['offer', '2026-02-24'],
      ],
      {
        workMode: 'remote',
        pay: { min: 40, max: 40, currency: 'USD', period: 'hour', raw: '$40/hour' },
        durationWeeks: 10,
        deadlines: [{ id: 'answer', kind: 'offer-response', at: '2026-03-20', label: '', done: false }],
        offer: anOffer({ housing: { type: 'stipend', amount: 1000, period: 'month' } }),
      },
    ),
    tracked(
      'Kelp',
      [
        ['applied', '2026-02-02'],
        ['phone-screen', '2026-02-06'],
      ],
      { workMode: 'onsite' },
      '2026-02-28',
    ),
  ];
}
