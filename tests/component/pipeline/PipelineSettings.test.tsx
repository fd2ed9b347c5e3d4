// Settings → Pipeline on a real database: stages by phase with their counts, renaming in place
// with a message next to the field, moving within a phase, recolouring, adding, and removing a
// stage (at once when empty; asking where its applications go when not), each with Undo.
import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  addStage,
  DEFAULT_PIPELINE,
  moveStage,
  recolourStage,
  removeStage,
  renameStage,
  type Pipeline,
  type PipelineEdit,
} from '@shared/pipeline';
import { hasUnsavedWork } from '../../../renderer/src/components/unsavedWork';
import { applicationsRepository } from '../../../renderer/src/db/applicationsRepository';
import { fromRow, toRow, type AppDatabase } from '../../../renderer/src/db/db';
import { pipelineSetting } from '../../../renderer/src/db/pipelineSetting';
import { readSetting, writeSetting } from '../../../renderer/src/db/settings';
import { useUiStore } from '../../../renderer/src/state/uiStore';
import { renderSettings } from '../renderSettings';
import { testDatabase } from '../testDatabase';

// A save reaches the view through the database's change notice: on a busy machine, a second or two.
configure({ asyncUtilTimeout: 5_000 });

const storedPipeline = (db: AppDatabase) => readSetting(db, pipelineSetting);
const activeNames = (pipeline: Pipeline) => pipeline.stages.filter((s) => !s.removed).map((s) => s.name);
const DEFAULT_NAMES = DEFAULT_PIPELINE.stages.map((s) => s.name);

async function openPipeline(db: AppDatabase) {
  const view = renderSettings(db);
  const section = screen.getByRole('region', { name: 'Pipeline' });
  // Counts show once every application is loaded.
  await within(section).findAllByText(/applications?$/);
  const phase = (name: string) => within(section).getByRole('group', { name: `${name} phase` });
  const stage = (name: string) => within(section).getByRole('group', { name });
  const findStage = (name: string) => within(section).findByRole('group', { name });
  const stageNames = (phaseName: string) =>
    within(phase(phaseName))
      .getAllByRole('listitem')
      .map((item) => (within(item).getByLabelText('Name') as HTMLInputElement).value);
  return { ...view, section, phase, stage, findStage, stageNames };
}

const toast = (text: string) => screen.findByText(text, { selector: '.toast span' });

async function undo(user: ReturnType<typeof renderSettings>['user'], message: string) {
  const item = (await toast(message)).closest('.toast') as HTMLElement;
  await user.click(within(item).getByRole('button', { name: 'Undo' }));
}

describe('Settings → Pipeline', () => {
  it('lists the stages by phase, each with how many applications are in it, archived ones included', async () => {
    const db = testDatabase();
    const repository = applicationsRepository(db);
    await repository.add({ company: 'Acme', role: 'Intern' }, 'phone-screen');
    const archived = await repository.add({ company: 'Globex', role: 'Intern' }, 'phone-screen');
    await repository.setArchived([archived.id], true);
    await repository.add({ company: 'Initech', role: 'Intern' }, 'applied');
    const { stage, stageNames } = await openPipeline(db);

    expect(stageNames('Saved')).toEqual(['Wishlist']);
    expect(stageNames('In process')).toEqual([
      'Online assessment',
      'Phone screen',
      'Technical interview',
      'Final round',
    ]);
    expect(stageNames('Closed')).toEqual(['Rejected', 'Withdrawn', 'Declined', 'Ghosted']);
    expect(within(stage('Phone screen')).getByText('2 applications')).toBeTruthy();
    expect(within(stage('Applied')).getByText('1 application')).toBeTruthy();
    expect(within(stage('Offer')).getByText('No applications')).toBeTruthy();
    // The phase is shown by the group, and there is nothing to change it with.
    expect(
      within(stage('Phone screen'))
        .getAllByRole('combobox')
        .map((c) => c.getAttribute('aria-label')),
    ).toEqual(['Colour']);
  });

  it('keeps a name refused when Settings is left, with its message, for its return, until the stage is renamed', async () => {
    const db = testDatabase();
    const first = await openPipeline(db);
    const name = () => within(first.stage('Phone screen')).getByLabelText('Name') as HTMLInputElement;
    await first.user.clear(name());
    await first.user.type(name(), 'Offer');
    await first.user.tab();
    first.unmount();
    // Kept while Settings is closed: leaving the page now would lose it, so it asks.
    expect(hasUnsavedWork()).toBe(true);

    const back = await openPipeline(db);
    const kept = within(back.stage('Phone screen')).getByLabelText('Name') as HTMLInputElement;
    expect(kept.value).toBe('Offer');
    expect(document.getElementById(kept.getAttribute('aria-describedby')!)?.textContent).toBe(
      'There is already a stage called “Offer”',
    );
    // Escape puts the stored name back: nothing is kept any more.
    await back.user.click(kept);
    await back.user.keyboard('{Escape}');
    expect(kept.value).toBe('Phone screen');
    back.unmount();
    expect(hasUnsavedWork()).toBe(false);

    // Renamed meanwhile (an Undo from a message, another tab): the name kept would undo that.
    const again = await openPipeline(db);
    await again.user.clear(within(again.stage('Phone screen')).getByLabelText('Name'));
    await again.user.tab();
    again.unmount();
    const renamed = renameStage(await storedPipeline(db), 'phone-screen', 'Recruiter call');
    if (!renamed.ok) throw new Error(renamed.error);
    await writeSetting(db, pipelineSetting, renamed.pipeline);
    const changed = await openPipeline(db);
    expect((within(changed.stage('Recruiter call')).getByLabelText('Name') as HTMLInputElement).value).toBe(
      'Recruiter call',
    );
    changed.unmount();
    expect(hasUnsavedWork()).toBe(false);
  });

  it('keeps a stage name typed and not added when Settings is left, with its phase, colour and message, for its return', async () => {
    const db = testDatabase();
    const form = () => within(screen.getByRole('form', { name: 'Add a stage' }));
    const name = () => form().getByLabelText('Name') as HTMLInputElement;
    const first = await openPipeline(db);
    await first.user.type(name(), 'WISHLIST');
    await first.user.selectOptions(form().getByLabelText('Phase'), 'Applied');
    await first.user.selectOptions(form().getByLabelText('Colour'), 'Pink');
    await first.user.click(form().getByRole('button', { name: 'Add stage' }));
    expect(form().getByText('There is already a stage called “Wishlist”')).toBeTruthy();
    // A name typed and not added is unsaved work, on screen and once Settings is left.
    expect(hasUnsavedWork()).toBe(true);
    first.unmount();
    expect(hasUnsavedWork()).toBe(true);

    const back = await openPipeline(db);
    expect(name().value).toBe('WISHLIST');
    expect((form().getByLabelText('Phase') as HTMLSelectElement).value).toBe('applied');
    expect((form().getByLabelText('Colour') as HTMLSelectElement).value).toBe('pink');
    expect(form().getByText('There is already a stage called “Wishlist”')).toBeTruthy();
    await back.user.clear(name());
    await back.user.type(name(), 'Coffee chat');
    await back.user.click(form().getByRole('button', { name: 'Add stage' }));
    await waitFor(() => expect(back.stageNames('Applied')).toEqual(['Applied', 'Coffee chat']));
    expect(name().value).toBe('');
    expect(hasUnsavedWork()).toBe(false);
    back.unmount();
    expect(hasUnsavedWork()).toBe(false);
  });

  it('drops a name kept for a stage removed while Settings is away, as it would never be shown again', async () => {
    const db = testDatabase();
    const { user, section, findStage, leave, comeBack } = await openPipeline(db);
    const form = within(within(section).getByRole('form', { name: 'Add a stage' }));
    await user.type(form.getByLabelText('Name'), 'Coffee chat');
    await user.click(form.getByRole('button', { name: 'Add stage' }));
    await user.clear(within(await findStage('Coffee chat')).getByLabelText('Name'));
    await user.tab();
    leave();
    expect(hasUnsavedWork()).toBe(true);

    // In another view, the Add is undone from its message: the stage goes, and its name kept with it.
    await undo(user, 'Added “Coffee chat” to In process.');
    await waitFor(async () =>
      expect((await storedPipeline(db)).stages.find((s) => s.id === 'coffee-chat')?.removed).toBe(true),
    );
    await waitFor(() => expect(hasUnsavedWork()).toBe(false));
    expect(useUiStore.getState().draftsKept).toEqual({});
    comeBack();
    await screen.findByRole('group', { name: 'Technical interview' });
    expect(screen.queryByRole('group', { name: 'Coffee chat' })).toBeNull();
    expect(hasUnsavedWork()).toBe(false);
  });

  it('moves on, with a note, an application an older version left in a removed stage, so it is counted', async () => {
    const db = testDatabase();
    const repository = applicationsRepository(db);
    const stranded = await repository.add({ company: 'Stripe', role: 'SWE Intern' }, 'online-assessment');
    await repository.removeStage('online-assessment', 'phone-screen');
    // As the Undo of a move or a delete could leave it before every write kept it out.
    await db.applications.put(toRow(stranded));
    const { stage } = await openPipeline(db);

    await waitFor(() => expect(within(stage('Phone screen')).getByText('1 application')).toBeTruthy());
    const moved = fromRow((await db.applications.get(stranded.id))!);
    expect(moved.stageId).toBe('phone-screen');
    expect(moved.stageHistory.at(-1)?.note).toBe(
      'Moved from “Online assessment”, which had been removed from your pipeline',
    );
  });

  it('renames a stage in place, says next to the field what is wrong, and saves nothing until it is right', async () => {
    const db = testDatabase();
    const { user, stage, findStage } = await openPipeline(db);
    const name = within(stage('Phone screen')).getByLabelText('Name') as HTMLInputElement;

    await user.clear(name);
    await user.tab();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)?.textContent).toBe('Give the stage a name');
    // A name that cannot be saved is work not saved: leaving the page asks first.
    expect(hasUnsavedWork()).toBe(true);

    await user.type(name, '  offer ');
    await user.keyboard('{Enter}');
    expect(within(stage('Phone screen')).getByText('There is already a stage called “Offer”')).toBeTruthy();
    await user.clear(name);
    await user.type(name, 'x'.repeat(61));
    expect(
      within(stage('Phone screen')).getByText('Keep the name to 60 characters or fewer (this one has 61)'),
    ).toBeTruthy();
    // Escape puts the stored name back and takes the message away.
    await user.keyboard('{Escape}');
    expect(name.value).toBe('Phone screen');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(hasUnsavedWork()).toBe(false);
    expect(activeNames(await storedPipeline(db))).toEqual(DEFAULT_NAMES);

    await user.clear(name);
    await user.type(name, 'Recruiter call{Enter}');
    await waitFor(async () =>
      expect(activeNames(await storedPipeline(db))).toEqual(
        DEFAULT_NAMES.map((n) => (n === 'Phone screen' ? 'Recruiter call' : n)),
      ),
    );
    await user.tab(); // Leaving the field after Enter does not save it again.
    expect(await toast('Renamed “Phone screen” to “Recruiter call”.')).toBeTruthy();
    expect(screen.getAllByText(/^Renamed/)).toHaveLength(1);
    expect(await within(await findStage('Recruiter call')).findByDisplayValue('Recruiter call')).toBeTruthy();

    await undo(user, 'Renamed “Phone screen” to “Recruiter call”.');
    await waitFor(async () => expect(activeNames(await storedPipeline(db))).toEqual(DEFAULT_NAMES));
    expect(await within(await findStage('Phone screen')).findByDisplayValue('Phone screen')).toBeTruthy();
  });

  it('keeps an emptied name and its message when the stage is recoloured meanwhile, saving no name until it is fixed', async () => {
    const db = testDatabase();
    const { user, stage } = await openPipeline(db);
    const name = within(stage('Phone screen')).getByLabelText('Name') as HTMLInputElement;
    await user.clear(name);
    await user.tab(); // to the stage's Colour, which comes next
    const colour = within(stage('Phone screen')).getByLabelText('Colour') as HTMLSelectElement;
    expect(document.activeElement).toBe(colour);
    await user.selectOptions(colour, 'Red');
    expect(await toast('“Phone screen” is now red.')).toBeTruthy();
    await waitFor(() => expect(colour.closest('li')!.className).toContain('stage-color-red'));

    // What the student typed (nothing) stays, with its message: it was not put back to the stored name.
    expect(name.value).toBe('');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)?.textContent).toBe('Give the stage a name');
    expect(activeNames(await storedPipeline(db))).toEqual(DEFAULT_NAMES);

    await user.type(name, 'Recruiter call{Enter}');
    await waitFor(async () =>
      expect((await storedPipeline(db)).stages.find((s) => s.id === 'phone-screen')).toMatchObject({
        name: 'Recruiter call',
        color: 'red',
      }),
    );
  });

  it('moves a stage within its phase and announces its new place; the first cannot go further up', async () => {
    const db = testDatabase();
    const { user, section, stage, stageNames } = await openPipeline(db);

    const up = within(stage('Technical interview')).getByRole('button', { name: 'Move Technical interview up' });
    await user.click(up);
    await waitFor(() =>
      expect(stageNames('In process')).toEqual([
        'Online assessment',
        'Technical interview',
        'Phone screen',
        'Final round',
      ]),
    );
    expect(activeNames(await storedPipeline(db)).slice(2, 6)).toEqual([
      'Online assessment',
      'Technical interview',
      'Phone screen',
      'Final round',
    ]);
    const live = section.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('Technical interview is now 2 of 4 in the phase In process.');
    // The row moved with focus still on its button.
    expect(document.activeElement).toBe(up);

    const first = within(stage('Online assessment')).getByRole('button', { name: 'Move Online assessment up' });
    expect(first.getAttribute('aria-disabled')).toBe('true');
    await user.click(first);
    const last = within(stage('Final round')).getByRole('button', { name: 'Move Final round down' });
    expect(last.getAttribute('aria-disabled')).toBe('true');
    await user.click(last);

    await undo(user, 'Moved “Technical interview” up.');
    await waitFor(async () => expect(activeNames(await storedPipeline(db))).toEqual(DEFAULT_NAMES));
    await waitFor(() =>
      expect(stageNames('In process')).toEqual([
        'Online assessment',
        'Phone screen',
        'Technical interview',
        'Final round',
      ]),
    );
  });

  it('says a move made again once, and its Undo takes back only the latest move', async () => {
    const db = testDatabase();
    const { user, stage, stageNames } = await openPipeline(db);
    const up = within(stage('Final round')).getByRole('button', { name: 'Move Final round up' });
    for (const order of [
      ['Online assessment', 'Phone screen', 'Final round', 'Technical interview'],
      ['Online assessment', 'Final round', 'Phone screen', 'Technical interview'],
      ['Final round', 'Online assessment', 'Phone screen', 'Technical interview'],
    ]) {
      await user.click(up);
      await waitFor(() => expect(stageNames('In process')).toEqual(order));
    }
    expect(screen.getAllByText('Moved “Final round” up.')).toHaveLength(1);

    await undo(user, 'Moved “Final round” up.');
    await waitFor(() =>
      expect(stageNames('In process')).toEqual([
        'Online assessment',
        'Final round',
        'Phone screen',
        'Technical interview',
      ]),
    );
    expect(await toast('Undone: Moved “Final round” up.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('recolours a stage by the colour’s name, and Undo puts the old colour back', async () => {
    const db = testDatabase();
    const { user, stage } = await openPipeline(db);
    const colour = within(stage('Offer')).getByLabelText('Colour') as HTMLSelectElement;
    expect(colour.value).toBe('amber');
    expect([...colour.options].map((o) => o.text)).toEqual([
      'Grey',
      'Blue',
      'Teal',
      'Green',
      'Amber',
      'Orange',
      'Red',
      'Purple',
      'Pink',
    ]);

    await user.selectOptions(colour, 'Pink');
    await waitFor(async () =>
      expect((await storedPipeline(db)).stages.find((s) => s.id === 'offer')?.color).toBe('pink'),
    );
    expect(colour.closest('li')!.className).toContain('stage-color-pink');

    await undo(user, '“Offer” is now pink.');
    await waitFor(async () =>
      expect((await storedPipeline(db)).stages.find((s) => s.id === 'offer')?.color).toBe('amber'),
    );
    await waitFor(() => expect(colour.value).toBe('amber'));
  });

  it('adds a stage at the end of its phase, after checking its name; Undo takes it away', async () => {
    const db = testDatabase();
    const { user, section, stageNames } = await openPipeline(db);
    const form = within(section).getByRole('form', { name: 'Add a stage' });
    const name = within(form).getByLabelText('Name') as HTMLInputElement;

    await user.click(within(form).getByRole('button', { name: 'Add stage' }));
    expect(within(form).getByText('Give the stage a name')).toBeTruthy();
    expect(document.activeElement).toBe(name);
    await user.type(name, 'WISHLIST');
    expect(within(form).getByText('There is already a stage called “Wishlist”')).toBeTruthy();

    await user.clear(name);
    await user.type(name, 'Coffee chat');
    await user.selectOptions(within(form).getByLabelText('Phase'), 'Applied');
    await user.selectOptions(within(form).getByLabelText('Colour'), 'Pink');
    await user.click(within(form).getByRole('button', { name: 'Add stage' }));

    await waitFor(async () =>
      expect((await storedPipeline(db)).stages.slice(1, 3)).toEqual([
        { id: 'applied', name: 'Applied', phase: 'applied', color: 'blue', removed: false },
        { id: 'coffee-chat', name: 'Coffee chat', phase: 'applied', color: 'pink', removed: false },
      ]),
    );
    await waitFor(() => expect(stageNames('Applied')).toEqual(['Applied', 'Coffee chat']));
    expect(name.value).toBe('');
    expect(document.activeElement).toBe(name);

    await undo(user, 'Added “Coffee chat” to Applied.');
    // A stage is never dropped (history may name it): it is hidden.
    await waitFor(async () =>
      expect((await storedPipeline(db)).stages.find((s) => s.id === 'coffee-chat')?.removed).toBe(true),
    );
    await waitFor(() => expect(stageNames('Applied')).toEqual(['Applied']));
  });

  it('removes a stage nobody is in at once, focus going to the name of the stage in its place; Undo brings it back', async () => {
    const db = testDatabase();
    const { user, stage, stageNames } = await openPipeline(db);

    await user.click(within(stage('Final round')).getByRole('button', { name: 'Remove Final round' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() =>
      expect(stageNames('In process')).toEqual(['Online assessment', 'Phone screen', 'Technical interview']),
    );
    expect((await storedPipeline(db)).stages.find((s) => s.id === 'final-round')?.removed).toBe(true);
    // Not the next Remove button: a second Enter there would remove a stage nobody meant to.
    expect(document.activeElement).toBe(within(stage('Technical interview')).getByRole('textbox', { name: 'Name' }));

    await undo(user, 'Removed “Final round”.');
    await waitFor(() => expect(stageNames('In process')).toContain('Final round'));
    expect(activeNames(await storedPipeline(db))).toEqual(DEFAULT_NAMES);
  });

  it('asks where the applications of a stage in use go, moves them with a note, and Undo puts them back', async () => {
    const db = testDatabase();
    const repository = applicationsRepository(db);
    const acme = await repository.add({ company: 'Acme', role: 'Intern' }, 'phone-screen');
    const globex = await repository.add({ company: 'Globex', role: 'Intern' }, 'phone-screen');
    await repository.setArchived([globex.id], true);
    const [acmeBefore, globexBefore] = (await db.applications.bulkGet([acme.id, globex.id])).map((r) => fromRow(r!));
    const { user, stage, findStage, stageNames } = await openPipeline(db);

    await user.click(within(stage('Phone screen')).getByRole('button', { name: 'Remove Phone screen' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove “Phone screen”?' });
    const moveTo = within(dialog).getByLabelText('Move to') as HTMLSelectElement;
    // The next stage of the same phase first; every other active stage can be chosen.
    expect(moveTo.value).toBe('technical-interview');
    expect(moveTo.options).toHaveLength(11);
    expect(within(dialog).getByText('2 applications are in “Phone screen”.')).toBeTruthy();
    expect(
      within(dialog).getByText('2 applications move to Technical interview; each keeps a note in its history.'),
    ).toBeTruthy();

    await user.selectOptions(moveTo, 'Final round');
    expect(
      within(dialog).getByText('2 applications move to Final round; each keeps a note in its history.'),
    ).toBeTruthy();
    await user.selectOptions(moveTo, 'Technical interview');
    await user.click(within(dialog).getByRole('button', { name: 'Remove stage' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const moved = (await db.applications.bulkGet([acme.id, globex.id])).map((r) => fromRow(r!));
    for (const app of moved) {
      expect(app.stageId).toBe('technical-interview');
      expect(app.stageHistory.at(-1)).toMatchObject({
        stageId: 'technical-interview',
        phase: 'in-process',
        note: 'Moved from “Phone screen” when that stage was removed',
      });
    }
    expect(moved[1]!.archivedAt).not.toBeNull();
    await waitFor(() =>
      expect(stageNames('In process')).toEqual(['Online assessment', 'Technical interview', 'Final round']),
    );
    expect(within(stage('Technical interview')).getByText('2 applications')).toBeTruthy();

    await undo(user, 'Removed “Phone screen”: 2 applications moved to “Technical interview”.');
    await waitFor(async () =>
      expect((await db.applications.bulkGet([acme.id, globex.id])).map((r) => fromRow(r!))).toEqual([
        acmeBefore,
        globexBefore,
      ]),
    );
    expect(activeNames(await storedPipeline(db))).toEqual(DEFAULT_NAMES);
    expect(await within(await findStage('Phone screen')).findByText('2 applications')).toBeTruthy();
  });

  it('says which deadlines a removal moving applications back out of Accepted opened again; Undo ticks them again', async () => {
    const db = testDatabase();
    const signed = addStage(DEFAULT_PIPELINE, { id: 'signed', name: 'Signed', phase: 'accepted', color: 'green' });
    if (!signed.ok) throw new Error(signed.error);
    await writeSetting(db, pipelineSetting, signed.pipeline);
    const repository = applicationsRepository(db);
    const answer = { id: 'answer', kind: 'offer-response' as const, at: '2099-03-20', label: '', done: false };
    const stripe = await repository.add({ company: 'Stripe', role: 'Intern', deadlines: [answer] }, 'signed');
    await repository.add({ company: 'Figma', role: 'Intern' }, 'signed');
    const deadlines = async () => fromRow((await db.applications.get(stripe.id))!).deadlines;
    expect(await deadlines()).toEqual([{ ...answer, done: true }]);
    const { user, stage } = await openPipeline(db);

    await user.click(within(stage('Signed')).getByRole('button', { name: 'Remove Signed' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove “Signed”?' });
    await user.selectOptions(within(dialog).getByLabelText('Move to'), 'Offer');
    await user.click(within(dialog).getByRole('button', { name: 'Remove stage' }));

    await waitFor(async () => expect(await deadlines()).toEqual([answer]));
    await undo(user, 'Removed “Signed”: 2 applications moved to “Offer”. Reopened: Offer response due (Stripe).');
    await waitFor(async () => expect(await deadlines()).toEqual([{ ...answer, done: true }]));
  });

  it('proposes the next stage of the phase, and the one before it for the last', async () => {
    const db = testDatabase();
    const repository = applicationsRepository(db);
    await repository.add({ company: 'Acme', role: 'Intern' }, 'technical-interview');
    await repository.add({ company: 'Globex', role: 'Intern' }, 'final-round');
    const { user, stage } = await openPipeline(db);
    const proposed = async (name: string) => {
      await user.click(within(stage(name)).getByRole('button', { name: `Remove ${name}` }));
      const dialog = screen.getByRole('dialog', { name: `Remove “${name}”?` });
      const value = (within(dialog).getByLabelText('Move to') as HTMLSelectElement).value;
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      return value;
    };
    expect(await proposed('Technical interview')).toBe('final-round');
    expect(await proposed('Final round')).toBe('technical-interview');
  });

  it('changes nothing when the question is cancelled', async () => {
    const db = testDatabase();
    const repository = applicationsRepository(db);
    await repository.add({ company: 'Acme', role: 'Intern' }, 'rejected');
    const { user, stage } = await openPipeline(db);
    const remove = within(stage('Rejected')).getByRole('button', { name: 'Remove Rejected' });

    await user.click(remove);
    const dialog = screen.getByRole('dialog', { name: 'Remove “Rejected”?' });
    expect((within(dialog).getByLabelText('Move to') as HTMLSelectElement).value).toBe('withdrawn');
    expect(within(dialog).getByText('1 application moves to Withdrawn; it keeps a note in its history.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(remove);
    expect(await storedPipeline(db)).toEqual(DEFAULT_PIPELINE);
    expect((await db.applications.toArray()).map((r) => r.stageId)).toEqual(['rejected']);
  });

  it('cannot remove the only stage of a phase, and says why on the button', async () => {
    const db = testDatabase();
    const { user, stage } = await openPipeline(db);
    const remove = within(stage('Applied')).getByRole('button', { name: 'Remove Applied' });

    expect(remove.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(remove.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Applied is the only stage in the phase Applied, so it cannot be removed. Rename it instead.',
    );
    await user.click(remove);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await storedPipeline(db)).toEqual(DEFAULT_PIPELINE);
  });
});

describe('Settings → Pipeline: each Undo takes back its own change alone', () => {
  const stageOf = async (db: AppDatabase, id: string) => (await storedPipeline(db)).stages.find((s) => s.id === id)!;
  const errorShown = (text: string) => screen.findByText(text, { selector: '.toast-error span' });

  /**
   * A later change made in another window (the web build's other tab): the only way one lands
   * after a change whose Undo is still offered, since a change made here replaces that message.
   */
  async function elsewhere(db: AppDatabase, edit: (pipeline: Pipeline) => PipelineEdit) {
    const result = edit(await storedPipeline(db));
    if (!result.ok) throw new Error(result.error);
    await writeSetting(db, pipelineSetting, result.pipeline);
  }

  async function rename(user: ReturnType<typeof renderSettings>['user'], field: HTMLInputElement, to: string) {
    await user.clear(field);
    await user.type(field, `${to}{Enter}`);
  }

  it('refuses the Undo of a rename once the stage is renamed again, and offers it again', async () => {
    const db = testDatabase();
    const { user, stage, findStage } = await openPipeline(db);
    await rename(user, within(stage('Applied')).getByLabelText('Name') as HTMLInputElement, 'Sent');
    await findStage('Sent');
    await elsewhere(db, (pipeline) => renameStage(pipeline, 'applied', 'Submitted'));
    await findStage('Submitted');

    await undo(user, 'Renamed “Applied” to “Sent”.');
    expect(
      await errorShown(
        '“Sent” has been renamed since (it is “Submitted” now), so undo the later change first, then this one.',
      ),
    ).toBeTruthy();
    expect((await stageOf(db, 'applied')).name).toBe('Submitted');

    await elsewhere(db, (pipeline) => renameStage(pipeline, 'applied', 'Sent'));
    await findStage('Sent');
    await undo(user, 'Renamed “Applied” to “Sent”.');
    await waitFor(async () => expect((await stageOf(db, 'applied')).name).toBe('Applied'));
  });

  it('refuses the Undo of a recolour once the stage is recoloured again', async () => {
    const db = testDatabase();
    const { user, stage } = await openPipeline(db);
    const colour = within(stage('Offer')).getByLabelText('Colour') as HTMLSelectElement;
    await user.selectOptions(colour, 'Pink');
    await waitFor(async () => expect((await stageOf(db, 'offer')).color).toBe('pink'));
    await elsewhere(db, (pipeline) => recolourStage(pipeline, 'offer', 'green'));
    await waitFor(() => expect(colour.value).toBe('green'));

    await undo(user, '“Offer” is now pink.');
    expect(
      await errorShown(
        '“Offer” has been recoloured since (it is green now), so undo the later change first, then this one.',
      ),
    ).toBeTruthy();
    expect((await stageOf(db, 'offer')).color).toBe('green');
  });

  it('refuses the Undo of a move once another move has parted the two stages it swapped', async () => {
    const db = testDatabase();
    const { user, stage, stageNames } = await openPipeline(db);
    await user.click(within(stage('Final round')).getByRole('button', { name: 'Move Final round up' }));
    await waitFor(() =>
      expect(stageNames('In process')).toEqual([
        'Online assessment',
        'Phone screen',
        'Final round',
        'Technical interview',
      ]),
    );
    await elsewhere(db, (pipeline) => moveStage(pipeline, 'technical-interview', -1));
    const after = ['Online assessment', 'Phone screen', 'Technical interview', 'Final round'];
    await waitFor(() => expect(stageNames('In process')).toEqual(after));

    await undo(user, 'Moved “Final round” up.');
    expect(
      await errorShown(
        '“Final round” is no longer just above “Technical interview”, so undo the later move first, then this one.',
      ),
    ).toBeTruthy();
    expect(stageNames('In process')).toEqual(after);
  });

  it('takes an added stage away after the stage its applications would have gone to was removed', async () => {
    const db = testDatabase();
    const { user, section, stageNames } = await openPipeline(db);
    const form = within(section).getByRole('form', { name: 'Add a stage' });
    await user.type(within(form).getByLabelText('Name'), 'Coffee chat');
    await user.selectOptions(within(form).getByLabelText('Phase'), 'In process');
    await user.click(within(form).getByRole('button', { name: 'Add stage' }));
    await waitFor(() => expect(stageNames('In process')).toContain('Coffee chat'));
    await elsewhere(db, (pipeline) => removeStage(pipeline, 'online-assessment'));
    await waitFor(() => expect(stageNames('In process')).not.toContain('Online assessment'));

    await undo(user, 'Added “Coffee chat” to In process.');
    await waitFor(() =>
      expect(stageNames('In process')).toEqual(['Phone screen', 'Technical interview', 'Final round']),
    );
  });

  it('keeps an added stage that has become the only one of its phase', async () => {
    const db = testDatabase();
    const { user, section, stageNames } = await openPipeline(db);
    const form = within(section).getByRole('form', { name: 'Add a stage' });
    await user.type(within(form).getByLabelText('Name'), 'Maybe later');
    await user.selectOptions(within(form).getByLabelText('Phase'), 'Saved');
    await user.click(within(form).getByRole('button', { name: 'Add stage' }));
    await waitFor(() => expect(stageNames('Saved')).toEqual(['Wishlist', 'Maybe later']));
    await elsewhere(db, (pipeline) => removeStage(pipeline, 'wishlist'));
    await waitFor(() => expect(stageNames('Saved')).toEqual(['Maybe later']));

    await undo(user, 'Added “Maybe later” to Saved.');
    expect(
      await errorShown('Could not undo: “Maybe later” is now the only stage of its phase, so it stays.'),
    ).toBeTruthy();
    expect(stageNames('Saved')).toEqual(['Maybe later']);
  });

  it('refuses the Undo of a removal while another stage has its name, saying what to do', async () => {
    const db = testDatabase();
    const { user, stage, stageNames } = await openPipeline(db);
    await user.click(within(stage('Final round')).getByRole('button', { name: 'Remove Final round' }));
    await waitFor(() => expect(stageNames('In process')).not.toContain('Final round'));
    await elsewhere(db, (pipeline) =>
      addStage(pipeline, { id: 'final-round-2', name: 'Final round', phase: 'in-process', color: 'blue' }),
    );
    await waitFor(() => expect(stageNames('In process')).toContain('Final round'));

    await undo(user, 'Removed “Final round”.');
    expect(
      await errorShown(
        'Another stage is called “Final round” now, so the removed one cannot come back: rename that one first, then undo this.',
      ),
    ).toBeTruthy();
    expect((await stageOf(db, 'final-round')).removed).toBe(true);
  });
});
