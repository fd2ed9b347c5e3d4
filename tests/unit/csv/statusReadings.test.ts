// Statuses as students write them in their own sheets, read as the stage they mean (tester18).
import { describe, expect, it } from 'vitest';
import { addStage, DEFAULT_PIPELINE } from '@shared/pipeline';
import { importText } from './importHelpers';

const quoted = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

/** Each status imported on its own row (with the applied date when given): the stage ids, in order. */
async function stagesOf(statuses: readonly string[], appliedAt = '') {
  const header = appliedAt === '' ? 'Company,Role,Status' : 'Company,Role,Status,Date Applied';
  const rows = statuses.map((s, i) => `Co${i},Intern,${quoted(s)}${appliedAt === '' ? '' : `,${appliedAt}`}`);
  const preview = await importText(`${header}\n${rows.join('\n')}\n`);
  expect(preview.errors).toEqual([]);
  return preview;
}

const ids = async (statuses: readonly string[], appliedAt = '') =>
  (await stagesOf(statuses, appliedAt)).rows.map((r) => r.application.stageId);

describe('a generic ending word beside a specific one', () => {
  it('reads how it ended, not only that it did', async () => {
    expect(
      await ids([
        'Closed (offer accepted)',
        'Closed - offer accepted',
        'Closed: hired',
        'Closed (withdrew)',
        'Done - offer accepted',
        'Closed (no response)',
      ]),
    ).toEqual(['accepted', 'accepted', 'accepted', 'withdrawn', 'accepted', 'ghosted']);
  });

  it('still ends an application closed after a step of the process', async () => {
    expect(await ids(['Closed after interview', 'Closed', 'Offer rescinded'])).toEqual([
      'rejected',
      'rejected',
      'rejected',
    ]);
  });
});

describe('an intention to apply', () => {
  it('is the wishlist: nothing was sent', async () => {
    const statuses = [
      'Apply',
      'Should apply',
      'Planning to apply',
      'Want to apply',
      'Need to apply',
      'Apply by Friday',
      'Going to apply',
      'Yet to apply',
      "Didn't apply",
    ];
    const preview = await stagesOf(statuses);
    expect(preview.rows.map((r) => r.application.stageId)).toEqual(statuses.map(() => 'wishlist'));
    expect(preview.rows.map((r) => r.application.appliedAt)).toEqual(statuses.map(() => null));
  });
});

describe('an application done', () => {
  const statuses = [
    'Done applying',
    'Finished applying',
    'Application done',
    'Application complete',
    'Application completed',
    'Application finished',
  ];

  it('is applied, not the end of it nor the wishlist', async () => {
    const preview = await stagesOf(statuses);
    expect(preview.rows.map((r) => r.application.stageId)).toEqual(statuses.map(() => 'applied'));
    expect(preview.warnings).toEqual([]);
  });

  it('keeps the applied date with the stage it dates', async () => {
    const preview = await stagesOf(statuses, '2026-01-10');
    for (const { application } of preview.rows) {
      expect(application.stageId).toBe('applied');
      expect(application.appliedAt).toBe('2026-01-10');
      expect(application.stageHistory.map((e) => e.stageId)).toEqual(['applied']);
    }
  });
});

describe('waiting to hear back', () => {
  it('is applied, still waiting on a reply, not the wishlist', async () => {
    const statuses = [
      "Haven't heard",
      "Haven't heard back",
      'Not heard back',
      'Not heard',
      'Not yet heard back',
      "Didn't hear back",
      'No reply yet',
      'No response yet',
      'Still no response',
      'Still waiting',
    ];
    const preview = await stagesOf(statuses);
    expect(preview.rows.map((r) => r.application.stageId)).toEqual(statuses.map(() => 'applied'));
    expect(preview.warnings).toEqual([]);
  });

  it('is applied in German, French, Spanish, Dutch, Italian and Portuguese too, without a word of warning, each reading said', async () => {
    const statuses = [
      'Warte auf Rückmeldung',
      'Rückmeldung ausstehend',
      'Ausstehend',
      'En attente de réponse',
      'En espera de respuesta',
      'In afwachting',
      'In attesa di risposta',
      'Aguardando resposta',
    ];
    const preview = await stagesOf(statuses);
    expect(preview.rows.map((r) => r.application.stageId)).toEqual(statuses.map(() => 'applied'));
    expect(preview.warnings).toEqual([]);
    expect(preview.notes).toEqual([
      ...statuses.slice(0, 1).map((status) => `'Status': '${status}' was read as Applied (1 row).`),
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (8 rows).",
      ...statuses.slice(1).map((status) => `'Status': '${status}' was read as Applied (1 row).`),
    ]);
  });

  it('is applied after an applied word too, a no-reply alone there still ghosted', async () => {
    expect(
      await ids([
        'Beworben, noch keine Rückmeldung',
        'Applied, still no response',
        'Gesolliciteerd, nog geen reactie',
        'Beworben, keine Rückmeldung',
      ]),
    ).toEqual(['applied', 'applied', 'applied', 'ghosted']);
  });

  it('is ghosted when the reply never came', async () => {
    expect(await ids(['Never heard back', 'Never heard', 'No response', 'No reply'])).toEqual([
      'ghosted',
      'ghosted',
      'ghosted',
      'ghosted',
    ]);
  });
});

describe('a status word negated', () => {
  it('is no longer wanting the job: withdrawn', async () => {
    const statuses = ['Not interested', 'No longer interested', 'Lost interest', 'Not interested anymore'];
    const preview = await stagesOf(statuses, '2026-01-10');
    expect(preview.rows.map((r) => r.application.stageId)).toEqual(statuses.map(() => 'withdrawn'));
  });

  it('is not moving forward: rejected', async () => {
    expect(
      await ids(['Not moving forward', 'Not progressing', 'Not proceeding', 'Did not progress', "Didn't progress"]),
    ).toEqual(['rejected', 'rejected', 'rejected', 'rejected', 'rejected']);
  });

  it('is not read as the word it negates within a longer status', async () => {
    expect(await ids(['Applied, no interview', 'Offer not accepted'])).toEqual(['applied', 'offer']);
  });
});

describe('done and no answer in other languages', () => {
  it('reads a board\'s last column in German, French and Spanish as "Done" is read', async () => {
    const statuses = [
      'Erledigt',
      'Abgeschlossen',
      'Beendet',
      'Terminé',
      'Terminée',
      'Fini',
      'Terminado',
      'Finalizado',
      'Completado',
    ];
    const preview = await stagesOf(statuses);
    const done = await stagesOf(statuses.map(() => 'Done'));
    expect(preview.rows.map((r) => r.application.stageId)).toEqual(done.rows.map((r) => r.application.stageId));
    expect(preview.warnings).toEqual([]);
  });

  it('reads no answer as no response, and a Jira "Won\'t Fix" as "Won\'t Do"', async () => {
    expect(await ids(['Keine Antwort', 'Sin respuesta', 'Pas de réponse', "Won't Fix"])).toEqual([
      'ghosted',
      'ghosted',
      'ghosted',
      'withdrawn',
    ]);
  });
});

describe("a tracker's placeholder for no status", () => {
  it("takes Asana's '(no section)' as an empty status: no warning, no notes line", async () => {
    const preview = await importText(
      'Company,Role,Section/Column,Date Applied\nA,Intern,(no section),\nB,Intern,(no section),2026-01-10\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expect(preview.rows.map((r) => [r.application.stageId, r.application.notes])).toEqual([
      ['wishlist', ''],
      ['applied', ''],
    ]);
  });

  it("takes Jira's Resolution 'Unresolved' as no outcome yet: no notes line", async () => {
    const preview = await importText('Company,Role,Status,Resolution\nA,Intern,Applied,Unresolved\n');
    expect(preview.errors).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expect(preview.rows.map((r) => [r.application.stageId, r.application.notes])).toEqual([['applied', '']]);
  });
});

describe("an Indian campus placement's statuses (tester34)", () => {
  it('reads a round as an interview, a late one (HR, managerial, numbered past the first) as the last round', async () => {
    expect(
      await ids(['R1', 'Round 1', 'First round', 'Technical round', 'Coding round', 'Cleared R1', 'OA round']),
    ).toEqual([
      'technical-interview',
      'technical-interview',
      'technical-interview',
      'technical-interview',
      'technical-interview',
      'technical-interview',
      'online-assessment',
    ]);
    const late = ['HR round', 'Managerial round', 'HR interview', 'R2', 'R3', 'Round 2', '2nd round', 'Third round'];
    expect(await ids(late)).toEqual(late.map(() => 'final-round'));
  });

  it('reads how it ended after a round as the outcome, a PPO as an offer, shortlisting as the stage after applying', async () => {
    expect(
      await ids(['Rejected after R2', 'Rejected in HR round', 'PPO', 'Offer!!', 'Shortlisted', 'OA done']),
    ).toEqual(['rejected', 'rejected', 'offer', 'offer', 'online-assessment', 'online-assessment']);
    // How it ended right before the round, as sheets shorten it.
    const ended = ['Rejected (R2)', 'Rejected - Round 2', 'Rejected R2', 'Rejected round', 'Withdrawn R1'];
    expect(await ids(ended)).toEqual(['rejected', 'rejected', 'rejected', 'rejected', 'withdrawn']);
  });

  it("says each reading, shortlisting as the pipeline's stage after applying, not a stand-in", async () => {
    const preview = await stagesOf(['HR round', 'HR round', 'Shortlisted', 'R2']);
    expect(preview.notes).toEqual([
      "'Status': 'HR round' was read as Final round (2 rows).",
      "'Status': the stage was reached on a day the file does not give, so it is shown as 'date not recorded' (4 rows).",
      "'Status': 'Shortlisted' was read as Online assessment (1 row).",
      "'Status': 'R2' was read as Final round (1 row).",
    ]);
    expect(preview.rows.map((r) => r.application.notes)).toEqual(['', '', '', '']);
  });

  it("takes a late round to the pipeline's last round, and shortlisting to its first stage after applying", async () => {
    let pipeline = DEFAULT_PIPELINE;
    for (const [id, name] of [
      ['round-1', 'Round 1'],
      ['round-3', 'Round 3'],
    ] as const) {
      const added = addStage(pipeline, { id, name, phase: 'in-process', color: 'purple' });
      if (!added.ok) throw new Error(added.error);
      pipeline = added.pipeline;
    }
    pipeline = { stages: pipeline.stages.filter((s) => s.id !== 'online-assessment' && s.id !== 'final-round') };
    const preview = await importText('Company,Role,Status\nA,x,HR round\nB,x,Shortlisted\nC,x,Round 1\n', {
      pipeline,
    });
    expect(preview.rows.map((r) => r.application.stageId)).toEqual(['round-3', 'phone-screen', 'round-1']);
  });
});

describe("the student's stage for a status", () => {
  const file = 'Company,Role,Status\nA,x,HR round\nB,x,Applied\nC,x,hr round\nD,x,Coffee chat\n';

  it('lists each status with the stage its rows were read as', async () => {
    const preview = await importText(file);
    expect(preview.statuses).toEqual([
      { status: 'HR round', stageId: 'final-round', rows: 2 },
      { status: 'Applied', stageId: 'applied', rows: 1 },
      { status: 'Coffee chat', stageId: 'wishlist', rows: 1 },
    ]);
  });

  it('reads every row of a status as the stage chosen, the status kept in the notes, without a warning', async () => {
    const preview = await importText(file, {
      stageChoices: { 'HR round': 'technical-interview', 'Coffee chat': 'phone-screen' },
    });
    expect(preview.rows.map((r) => [r.application.stageId, r.application.notes])).toEqual([
      ['technical-interview', 'Status: HR round'],
      ['applied', ''],
      ['technical-interview', 'Status: hr round'],
      ['phone-screen', 'Status: Coffee chat'],
    ]);
    expect(preview.warnings).toEqual([]);
    expect(preview.notes.filter((n) => n.includes('was read as'))).toEqual([]);
    expect(preview.statuses.map((s) => s.stageId)).toEqual(['technical-interview', 'applied', 'phone-screen']);
  });
});
