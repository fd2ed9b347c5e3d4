// The status pipeline and how each change is recorded in the history.
import { describe, expect, it } from 'vitest';
import { STATUSES, type Application, type StatusChange } from '@shared/application';
import { ENDED_STATUSES, isEnded, PIPELINE, STATUS_LABELS, statusRank, withStatusChange } from '@shared/status';
import { validateApplication } from '@shared/validateApplication';
import { anApplication, CREATED_AT } from './applicationFixture';

const NOW = '2026-03-01T12:00:00-08:00';

function withHistory(history: StatusChange[]): Application {
  return anApplication({}, { statusHistory: history, status: history.at(-1)!.status });
}

describe('the pipeline', () => {
  it('runs wishlist → applied → assessment → interviewing → offer → accepted', () => {
    expect(PIPELINE).toEqual(['wishlist', 'applied', 'assessment', 'interviewing', 'offer', 'accepted']);
  });

  it('has four ended statuses, and together with the pipeline they are every status exactly once', () => {
    expect(ENDED_STATUSES).toEqual(['rejected', 'withdrawn', 'declined', 'ghosted']);
    expect([...PIPELINE, ...ENDED_STATUSES].sort()).toEqual([...STATUSES].sort());
  });

  it('treats only the ended statuses as ended', () => {
    expect(STATUSES.filter(isEnded)).toEqual(['rejected', 'withdrawn', 'declined', 'ghosted']);
  });

  it('ranks pipeline statuses in order, then ended ones', () => {
    const shuffled = [
      'ghosted',
      'offer',
      'wishlist',
      'rejected',
      'accepted',
      'applied',
      'declined',
      'interviewing',
      'withdrawn',
      'assessment',
    ] as const;
    expect([...shuffled].sort((a, b) => statusRank(a) - statusRank(b))).toEqual([...PIPELINE, ...ENDED_STATUSES]);
    expect(new Set(STATUSES.map(statusRank)).size).toBe(STATUSES.length);
  });

  it('has a label for every status', () => {
    expect(STATUSES.map((s) => STATUS_LABELS[s])).toEqual([
      'Wishlist',
      'Applied',
      'Assessment',
      'Interviewing',
      'Offer',
      'Accepted',
      'Rejected',
      'Withdrawn',
      'Declined',
      'Ghosted',
    ]);
  });
});

describe('withStatusChange', () => {
  it('appends the change with its time and note, and makes it the current status', () => {
    const app = anApplication();
    const change: StatusChange = {
      status: 'applied',
      at: '2026-02-01T09:30:00-08:00',
      note: 'Through the careers site',
    };
    const next = withStatusChange(app, change, NOW);
    expect(next.statusHistory).toEqual([{ status: 'wishlist', at: CREATED_AT, note: '' }, change]);
    expect(next.status).toBe('applied');
    expect(next.updatedAt).toBe(NOW);
    expect(validateApplication(next).ok).toBe(true);
  });

  it('leaves the original record untouched', () => {
    const app = anApplication();
    const before = structuredClone(app);
    withStatusChange(app, { status: 'applied', at: NOW, note: '' }, NOW);
    expect(app).toEqual(before);
  });

  it('keeps a back-dated change in time order and the current status that of the latest entry', () => {
    const app = withHistory([
      { status: 'wishlist', at: '2026-01-01T10:00:00-08:00', note: '' },
      { status: 'applied', at: '2026-01-10T10:00:00-08:00', note: '' },
      { status: 'interviewing', at: '2026-02-01T10:00:00-08:00', note: '' },
    ]);
    const backdated: StatusChange = {
      status: 'assessment',
      at: '2026-01-20T10:00:00-08:00',
      note: 'OA I forgot to log',
    };
    const next = withStatusChange(app, backdated, NOW);
    expect(next.statusHistory.map((h) => h.status)).toEqual(['wishlist', 'applied', 'assessment', 'interviewing']);
    expect(next.statusHistory[2]).toEqual(backdated);
    expect(next.status).toBe('interviewing');
    expect(validateApplication(next).ok).toBe(true);
  });

  it('orders by the moment, not the text, when offsets differ', () => {
    const app = withHistory([
      { status: 'wishlist', at: '2026-01-01T10:00:00-08:00', note: '' },
      { status: 'applied', at: '2026-01-10T10:00:00-08:00', note: '' }, // 18:00Z
    ]);
    // 17:00Z: an hour before the 'applied' entry, though its text sorts after it.
    const next = withStatusChange(app, { status: 'assessment', at: '2026-01-10T22:00:00+05:00', note: '' }, NOW);
    expect(next.statusHistory.map((h) => h.status)).toEqual(['wishlist', 'assessment', 'applied']);
    expect(next.status).toBe('applied');
  });

  it('places a change at the same moment as the latest entry after it, so it becomes current', () => {
    const at = '2026-01-10T10:00:00-08:00';
    const app = withHistory([{ status: 'applied', at, note: '' }]);
    const next = withStatusChange(app, { status: 'rejected', at, note: '' }, NOW);
    expect(next.statusHistory.map((h) => h.status)).toEqual(['applied', 'rejected']);
    expect(next.status).toBe('rejected');
  });

  it('can record the same status again (a second interview round) as its own entry', () => {
    const app = withHistory([{ status: 'interviewing', at: '2026-02-01T10:00:00-08:00', note: 'Round 1' }]);
    const next = withStatusChange(
      app,
      { status: 'interviewing', at: '2026-02-08T10:00:00-08:00', note: 'Round 2' },
      NOW,
    );
    expect(next.statusHistory.map((h) => h.note)).toEqual(['Round 1', 'Round 2']);
  });

  it('sets appliedAt to the day of the first “applied”, as written in that entry’s own zone', () => {
    const app = anApplication();
    expect(app.appliedAt).toBeNull();
    const applied = withStatusChange(app, { status: 'applied', at: '2026-02-01T23:30:00-08:00', note: '' }, NOW);
    expect(applied.appliedAt).toBe('2026-02-01');
  });

  it('keeps the first applied date when “applied” is recorded again later', () => {
    const app = withStatusChange(
      anApplication(),
      { status: 'applied', at: '2026-02-01T09:00:00-08:00', note: '' },
      NOW,
    );
    const again = withStatusChange(app, { status: 'applied', at: '2026-02-20T09:00:00-08:00', note: '' }, NOW);
    expect(again.appliedAt).toBe('2026-02-01');
  });

  it('does not set appliedAt for other statuses', () => {
    const next = withStatusChange(anApplication(), { status: 'assessment', at: NOW, note: '' }, NOW);
    expect(next.appliedAt).toBeNull();
  });
});

describe('the applied date', () => {
  it('moves back when an earlier “applied” is back-dated into the history', () => {
    const app = withStatusChange(
      anApplication(),
      { status: 'applied', at: '2026-02-20T09:00:00-08:00', note: '' },
      NOW,
    );
    const earlier = withStatusChange(app, { status: 'applied', at: '2026-02-03T09:00:00-08:00', note: '' }, NOW);
    expect(earlier.appliedAt).toBe('2026-02-03');
  });
});
