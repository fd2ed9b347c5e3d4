// Moving a card on the board by keyboard, at 100 and at 10,000 applications in the same profile:
// board-move, from the key that drops the card (picked up in Applied, moved one column right)
// until the message says where it went, which the board shows once the move is written and the
// read model has it. Next to it, raw IndexedDB getting and putting that record in one read-write
// transaction. A move of one card should cost the same whatever else is stored: the 10,000 figure
// over the 100 one is its scale_ratio.
import { expect, test, type Page } from '@playwright/test';
import type { Application } from '../../shared/application';
import { generateApplications } from '../support/generateApplications';
import { seedApplications } from '../support/seedDatabase';
import { dismissMessages, firstCardIn, moveCardRight, openBoard, take } from '../support/userActions';
import { backUpFirst, loadSettled, openBenchBrowser, seedEmptyApp } from './benchPage';
import { metric, recordMetrics } from './benchReport';
import { quiet, timeStep } from './pageProbes';
import { rawGetPut } from './rawBaselines';

const SMALL = 100;
const LARGE = 10_000;
const REPEATS = 7;
const FROM = 'Applied';
/** The column right of Applied in the default pipeline. */
const TO = 'Online assessment';

/**
 * The moved record, by what its card shows. Company, role and term never repeat, so there can be
 * two of the same company and role in Applied (other terms): either is a record like the moved one.
 */
function idOf(apps: Application[], card: { company: string; role: string }): string {
  const found = apps.find(
    (app) =>
      app.company === card.company && app.role === card.role && app.stageId === 'applied' && app.archivedAt === null,
  );
  if (!found) throw new Error(`No application in Applied is ${card.company} — ${card.role}`);
  return found.id;
}

/** Each move on the top card of Applied (another each time), the page quiet first; then raw. */
async function measureMoves(page: Page, apps: Application[]): Promise<{ moves: number[]; raw: number[] }> {
  const moves: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const card = await firstCardIn(page, FROM);
    // The message of an earlier move (of the same company, perhaps) gone first.
    await dismissMessages(page);
    await quiet(page);
    moves.push((await timeStep(page, moveCardRight(page, FROM, TO, card))).ms);
    await quiet(page);
    raw.push(await rawGetPut(page, idOf(apps, card)));
  }
  return { moves, raw };
}

test(`moving a card on the board at ${SMALL} and at ${LARGE.toLocaleString('en-US')}`, async ({
  baseURL,
}, testInfo) => {
  const apps = generateApplications(LARGE, new Date());
  const browser = await openBenchBrowser(baseURL);
  try {
    const { page } = browser;
    await seedEmptyApp(page, apps.slice(0, SMALL));
    await loadSettled(page);
    await backUpFirst(page);
    await take(openBoard(page));
    const small = await measureMoves(page, apps.slice(0, SMALL));

    await seedApplications(page, apps.slice(SMALL));
    await loadSettled(page);
    await take(openBoard(page));
    const large = await measureMoves(page, apps);
    expect(large.moves).toHaveLength(REPEATS);

    await recordMetrics(testInfo, [
      metric('board-move', {
        samples: large.moves,
        small: small.moves,
        baseline: large.raw,
        limits: [
          { field: 'value_ms', max: 50 },
          { field: 'scale_ratio', max: 1.5 },
        ],
        note: `keyboard move from ${FROM} to ${TO}`,
      }),
    ]);
  } finally {
    await browser.close();
  }
});
