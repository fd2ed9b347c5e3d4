// Everything about one application: where it stands, its dates, pay, people and history.
import {
  EMPLOYMENT_TYPE_LABELS,
  EVENT_OUTCOME_LABELS,
  isEmailAddress,
  SPONSORSHIP_LABELS,
  placesBesideMode,
  WORK_MODE_LABELS,
  type Application,
  type Cohort,
  type Deadline,
  type DeadlineKind,
  type EventOutcome,
} from '@shared/application';
import { deadlineDueTime } from '@shared/deadlineDue';
import { DEADLINE_KIND_LABELS, eventLabel, nextDate } from '@shared/nextDate';
import { cohortWeeks, weeksInWords } from '@shared/payNormalize';
import { termLabel } from '@shared/term';
import type { AppliedChange } from '@shared/undoChange';
import { Fragment, useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { StageBadge } from '../../components/StageBadge';
import { useOptimisticChoice } from '../../components/useOptimisticChoice';
import { formatWhen, formatWhenWithZone, relativeDay } from '../../components/formatDates';
import { useData } from '../../db/DataContext';
import { desktop } from '../../desktop/desktop';
import { showError, useToastStore } from '../../state/toastStore';
import { useUiStore } from '../../state/uiStore';
import { movedOnRestore } from '../recentlyDeleted/movedOnRestore';
import { EventList } from './EventList';
import { FollowUpStatus } from './FollowUpStatus';
import { PaySummary } from './PaySummary';
import { StageChanger } from './StageChanger';
import { StageTimeline } from './StageTimeline';

export function ApplicationDetail({ app, now }: { app: Application; now: Date }) {
  const { repository, model } = useData();
  const detailsClosed = useUiStore((s) => s.detailsClosed);
  const rowFocusRequested = useUiStore((s) => s.rowFocusRequested);
  const editorOpened = useUiStore((s) => s.editorOpened);
  const toastShown = useToastStore((s) => s.toastShown);
  const next = nextDate(app, now);
  const places = placesBesideMode(app);
  const title = useRef<HTMLHeadingElement>(null);
  const changed = useChangeMessage();

  // In a narrow window the details take the view's place, hiding the row or card that opened
  // them: the focus would fall to the page, where Escape no longer reaches the panel.
  useEffect(() => {
    const focused = document.activeElement;
    const lost = !(focused instanceof HTMLElement) || focused === document.body || isHidden(focused);
    if (lost) title.current?.focus();
  }, [app.id]);

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
    } catch (error) {
      showError(error);
    }
  }

  /**
   * Closing moves focus to the table, to this application's row wherever a change since has sorted
   * it, or, `gone` from the table (deleted, archived out of view), to the row in its place; it
   * would otherwise fall to the page with the panel.
   */
  function close(gone = false) {
    detailsClosed(app.id, gone);
  }

  /** Escape closes the panel, unless something inside it (a menu, a form being filled) took it. */
  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    close();
  }

  async function remove() {
    await run(async () => {
      const removed = await repository.remove([app.id]);
      close(true);
      toastShown({
        message: `Deleted ${app.company} — ${app.role}.`,
        tone: 'info',
        action: {
          label: 'Undo',
          run: async () => {
            const [restored] = await repository.restoreDeleted(removed);
            rowFocusRequested(app.id);
            const [deleted] = removed;
            if (restored && deleted) return movedOnRestore(model.pipeline(), deleted.application, restored);
          },
        },
      });
    });
  }

  async function toggleArchived() {
    const archiving = app.archivedAt === null;
    await run(async () => {
      const changes = await repository.setArchived([app.id], archiving);
      // Gone from a view that hides archived applications: the details close, as for a delete.
      const hidden = archiving && !useUiStore.getState().filters.showArchived;
      if (hidden) close(true);
      toastShown({
        message: `${archiving ? 'Archived' : 'Unarchived'} ${app.company}.`,
        tone: 'info',
        action: {
          label: 'Undo',
          run: async () => {
            await repository.revert(changes);
            if (hidden) rowFocusRequested(app.id);
          },
        },
      });
    });
  }

  async function setOutcome(eventId: string, outcome: EventOutcome) {
    const change = await repository.update(
      { ...app, events: app.events.map((e) => (e.id === eventId ? { ...e, outcome } : e)) },
      app,
    );
    const name = eventLabel(app.events.find((e) => e.id === eventId)!);
    changed(`Set the outcome of ${app.company}’s ${name} to ${EVENT_OUTCOME_LABELS[outcome]}.`, change);
  }

  /** Opens a link outside the app; a refused one says why instead of doing nothing. */
  async function openLink(url: string) {
    await run(async () => {
      const result = await desktop.openExternal(url);
      if (!result.ok) throw new Error(result.error);
    });
  }

  return (
    <aside className="detail" aria-labelledby="detail-title" onKeyDown={closeOnEscape}>
      <header className="detail-header">
        <div>
          <h2 id="detail-title" ref={title} tabIndex={-1}>
            {app.company}
          </h2>
          <p className="detail-role">{app.role}</p>
          <StageBadge stageId={app.stageId} phase={app.phase} />
          {app.archivedAt && <span className="muted small"> Archived</span>}
        </div>
        <button type="button" className="icon-button" aria-label="Close details" onClick={() => close()}>
          ×
        </button>
      </header>

      <div className="button-row">
        <button type="button" onClick={() => editorOpened(app.id)}>
          Edit
        </button>
        <button type="button" onClick={() => void toggleArchived()}>
          {app.archivedAt ? 'Unarchive' : 'Archive'}
        </button>
        <button type="button" className="danger" onClick={remove}>
          Delete
        </button>
        {app.postingUrl && (
          <button type="button" onClick={() => void openLink(app.postingUrl)}>
            Open posting
          </button>
        )}
      </div>

      <section aria-labelledby="detail-next">
        <h3 id="detail-next">Next</h3>
        {next ? (
          <p>
            <strong>{next.label}</strong>: {formatWhenWithZone(next.at)} ({relativeDay(next.at, now)})
          </p>
        ) : (
          <p className="muted">Nothing coming up.</p>
        )}
      </section>

      <section aria-labelledby="detail-stage">
        <h3 id="detail-stage">Stage</h3>
        {/* Fresh for another application, kept across saves of this one (a pick made meanwhile stays). */}
        <StageChanger key={`changer-${app.id}`} app={app} />
        <StageTimeline key={app.id} app={app} />
      </section>

      <section aria-labelledby="detail-events">
        <h3 id="detail-events">Interviews and events</h3>
        <EventList app={app} now={now} openLink={(url) => void openLink(url)} setOutcome={setOutcome} />
      </section>

      <section aria-labelledby="detail-follow-up">
        <h3 id="detail-follow-up">Follow-up</h3>
        <FollowUpStatus
          app={app}
          now={now}
          key={app.id}
          setDone={async (done) => {
            const change = await repository.setFollowUpDone(app.id, done);
            changed(`Marked the follow-up with ${app.company} ${done ? 'done' : 'not done'}.`, change);
          }}
        />
      </section>

      <section aria-labelledby="detail-pay">
        <h3 id="detail-pay">{app.offer ? 'Pay and offer' : 'Pay'}</h3>
        <PaySummary app={app} />
      </section>

      <section aria-labelledby="detail-cohorts">
        <h3 id="detail-cohorts">Cohorts</h3>
        {app.cohorts.length === 0 ? (
          <p className="muted">No cohort dates.</p>
        ) : app.cohorts.length === 1 ? (
          // One cohort: nothing to choose between.
          <p>
            <CohortDates cohort={app.cohorts[0]!} />
          </p>
        ) : (
          <CohortChoice key={app.id} app={app} />
        )}
      </section>

      <section aria-labelledby="detail-deadlines">
        <h3 id="detail-deadlines">Deadlines</h3>
        {app.deadlines.length === 0 ? (
          <p className="muted">No deadlines.</p>
        ) : (
          <ul className="deadline-list">
            {[...app.deadlines]
              // By when they are due: text order misplaces times written with different offsets.
              .sort((a, b) => deadlineDueTime(a) - deadlineDueTime(b))
              .map((deadline) => (
                <DeadlineItem key={deadline.id} app={app} deadline={deadline} now={now} />
              ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="detail-facts">
        <h3 id="detail-facts">Details</h3>
        <dl className="facts">
          {termLabel(app.term) && (
            <>
              <dt>Term</dt>
              <dd>{termLabel(app.term)}</dd>
            </>
          )}
          {app.employmentType && (
            <>
              <dt>Type</dt>
              <dd>{EMPLOYMENT_TYPE_LABELS[app.employmentType]}</dd>
            </>
          )}
          <dt>Where</dt>
          <dd>
            {app.workMode ? WORK_MODE_LABELS[app.workMode] : 'Work mode unknown'}
            {places.length > 0 && ` · ${places.join('; ')}`}
          </dd>
          {app.durationWeeks !== null && (
            <>
              <dt>Duration</dt>
              <dd>{weeksInWords(app.durationWeeks)}</dd>
            </>
          )}
          {app.appliedAt && (
            <>
              <dt>Applied</dt>
              <dd>{formatWhen(app.appliedAt)}</dd>
            </>
          )}
          {app.source && (
            <>
              <dt>Source</dt>
              <dd>{app.source}</dd>
            </>
          )}
          {app.excitement !== null && (
            <>
              <dt>Excitement</dt>
              <dd>{app.excitement} of 5</dd>
            </>
          )}
          {app.sponsorship !== 'unknown' && (
            <>
              <dt>Visa</dt>
              <dd>{SPONSORSHIP_LABELS[app.sponsorship]}</dd>
            </>
          )}
          {app.referral && (
            <>
              <dt>Referred by</dt>
              <dd>
                {app.referral.name}
                {app.referral.relation && ` (${app.referral.relation})`}
              </dd>
            </>
          )}
          {app.resumeVersion && (
            <>
              <dt>Résumé</dt>
              <dd>{app.resumeVersion}</dd>
            </>
          )}
          {app.coverLetter && (
            <>
              <dt>Cover letter</dt>
              <dd>{app.coverLetter}</dd>
            </>
          )}
          {app.tags.length > 0 && (
            <>
              <dt>Tags</dt>
              <dd>{app.tags.join(', ')}</dd>
            </>
          )}
        </dl>
      </section>

      {app.contacts.length > 0 && (
        <section aria-labelledby="detail-contacts">
          <h3 id="detail-contacts">Contacts</h3>
          <ul className="contact-list">
            {app.contacts.map((c) => {
              // What the contact has, between dots: a contact known by an address alone starts with it.
              const parts: ReactNode[] = [
                (c.name || c.role) && (
                  <>
                    {c.name && <strong>{c.name}</strong>}
                    {c.name && c.role ? `, ${c.role}` : c.role}
                  </>
                ),
                // Only a plain address becomes a mail link: one kept from before addresses were
                // checked may carry a query (?attach=…) and is shown as text.
                c.email &&
                  (isEmailAddress(c.email) ? (
                    <button type="button" className="link-button" onClick={() => void openLink(`mailto:${c.email}`)}>
                      {c.email}
                    </button>
                  ) : (
                    c.email
                  )),
                c.phone,
              ].filter(Boolean);
              return (
                <li key={c.id}>
                  {parts.map((part, i) => (
                    <Fragment key={i}>
                      {i > 0 && ' · '}
                      {part}
                    </Fragment>
                  ))}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {app.notes && (
        <section aria-labelledby="detail-notes">
          <h3 id="detail-notes">Notes</h3>
          <p className="notes">{app.notes}</p>
        </section>
      )}

      {/* The page as it was pasted: still there to reread once the posting is taken down. */}
      {app.postingText && (
        <details className="posting-text">
          <summary>Posting as pasted</summary>
          <p className="notes">{app.postingText}</p>
        </details>
      )}
    </aside>
  );
}

/**
 * Says what a change made on the spot did (a box ticked, a cohort or outcome chosen), with Undo,
 * as every other change has: a tick can quietly call off a snoozed reminder. Undo takes back that
 * change alone (undoChange), and the reminders are planned again from the record it restores.
 */
function useChangeMessage(): (message: string, change: AppliedChange) => void {
  const { repository } = useData();
  const toastShown = useToastStore((s) => s.toastShown);
  return (message, change) =>
    toastShown({ message, tone: 'info', action: { label: 'Undo', run: () => repository.revert([change]) } });
}

// The choices below show at once, while they are saved, and go back with a message if saving
// fails: shown only once stored, a box would look unticked on the click (and be announced so).

function CohortChoice({ app }: { app: Application }) {
  const { repository } = useData();
  const changed = useChangeMessage();
  const [chosen, choose] = useOptimisticChoice(app.chosenCohortId, async (cohortId) => {
    const change = await repository.chooseCohort(app.id, cohortId);
    const cohort = app.cohorts.find((c) => c.id === cohortId);
    changed(
      cohort
        ? `Chose ${app.company}’s ${cohort.label || `cohort from ${formatWhen(cohort.start)}`}.`
        : `Marked ${app.company}’s cohort not chosen yet.`,
      change,
    );
  });
  return (
    <fieldset className="cohort-choice">
      <legend>Chosen cohort</legend>
      {app.cohorts.map((cohort) => (
        <label key={cohort.id} className="radio-row">
          <input
            type="radio"
            name={`cohort-${app.id}`}
            checked={chosen === cohort.id}
            onChange={() => choose(cohort.id)}
          />
          <span>
            <CohortDates cohort={cohort} />
          </span>
        </label>
      ))}
      <label className="radio-row">
        <input type="radio" name={`cohort-${app.id}`} checked={chosen === null} onChange={() => choose(null)} />
        <span>Not chosen yet</span>
      </label>
    </fieldset>
  );
}

/** A deadline without a label of its own, as a message names it ("Marked Arcadia’s assessment done."). */
const DEADLINE_NOUNS: Record<DeadlineKind, string> = {
  application: 'application deadline',
  assessment: 'assessment',
  interview: 'interview',
  'offer-response': 'offer response',
  other: 'deadline',
};

function DeadlineItem({ app, deadline, now }: { app: Application; deadline: Deadline; now: Date }) {
  const { repository } = useData();
  const changed = useChangeMessage();
  const [done, setDone] = useOptimisticChoice(deadline.done, async (value) => {
    const change = await repository.setDeadlineDone(app.id, deadline.id, value);
    const what = deadline.label ? `“${deadline.label}”` : DEADLINE_NOUNS[deadline.kind];
    changed(`Marked ${app.company}’s ${what} ${value ? 'done' : 'not done'}.`, change);
  });
  return (
    <li>
      <label className={done ? 'done' : undefined}>
        <input type="checkbox" checked={done} onChange={(e) => setDone(e.target.checked)} />
        {deadline.label || DEADLINE_KIND_LABELS[deadline.kind]}: {formatWhenWithZone(deadline.at)}
        {/* Open and behind: it gives no next date and no reminder any more, so it says why. */}
        {!done && deadlineDueTime(deadline) < now.getTime() && <span className="deadline-passed"> · passed</span>}
      </label>
    </li>
  );
}

/** "May cohort: Mon, May 18, 2026 – Fri, Aug 7, 2026 (12 weeks)". */
function CohortDates({ cohort }: { cohort: Cohort }) {
  return (
    <>
      {cohort.label && <strong>{cohort.label}: </strong>}
      {formatWhen(cohort.start)} – {formatWhen(cohort.end)}{' '}
      <span className="muted">({weeksInWords(cohortWeeks(cohort))})</span>
    </>
  );
}

/** Not rendered (inside a display: none view). Where the browser cannot tell (jsdom), shown. */
function isHidden(element: HTMLElement): boolean {
  return 'checkVisibility' in element && !element.checkVisibility();
}
