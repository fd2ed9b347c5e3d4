// Typing in search with 10,000 applications: each key from going down to the table's count
// showing the new result, by kind of edit: extending the query (the cheap case, where the last
// result can be narrowed), deleting from its end, and editing in the middle of a word. The
// baseline is a plain filter of the same rows' text for the same query, in the same page.
import { expect, test } from '@playwright/test';
import { SEASON_LABELS, WORK_MODE_LABELS, type Application } from '../../shared/application';
import { DEFAULT_PIPELINE } from '../../shared/pipeline';
import { termLabel } from '../../shared/term';
import { generateApplications } from '../support/generateApplications';
import { focusSearch, searchKey, tableCountText } from '../support/userActions';
import { backUpFirst, DATABASES, loadSettled, openBenchBrowser, seedEmptyApp } from './benchPage';
import { metric, recordMetrics } from './benchReport';
import { quiet, timeStep } from './pageProbes';

const COUNT = 10_000;
const QUERIES = ['stripe', 'data science', 'seattle', 'nestle', 'machine learning'];
/** Each stage's name by its id: the stage is searched by the name its badge shows. */
const STAGE_NAMES: Record<string, string> = Object.fromEntries(DEFAULT_PIPELINE.stages.map((s) => [s.id, s.name]));

type Kind = 'extend' | 'delete' | 'mid-word';

interface Keystroke {
  key: string;
  /** The query once the key is handled. */
  query: string;
  /** Null for keys that only move the caret: they are pressed, not timed. */
  kind: Kind | null;
}

/** Lower case without accents, as the search box reads what is typed. */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * Applications the table shows for a query: not archived, every word somewhere in their text
 * (company, role, stage, notes, the term as it reads, locations, work mode and tags).
 */
function matching(apps: Application[], query: string): number {
  const words = folded(query).split(/\s+/).filter(Boolean);
  return apps.filter((app) => {
    if (app.archivedAt !== null) return false;
    const text = folded(
      [
        app.company,
        app.role,
        STAGE_NAMES[app.stageId] ?? '',
        app.notes,
        termLabel(app.term),
        ...app.locations,
        app.workMode === null ? '' : WORK_MODE_LABELS[app.workMode],
        ...app.tags,
      ].join('\n'),
    );
    return words.every((word) => text.includes(word));
  }).length;
}

/** Each query typed key by key, edited in its middle, then deleted key by key. */
function keystrokes(queries: string[]): Keystroke[] {
  const keys: Keystroke[] = [];
  for (const query of queries) {
    for (let i = 1; i <= query.length; i++) {
      keys.push({ key: query[i - 1] === ' ' ? 'Space' : query[i - 1]!, query: query.slice(0, i), kind: 'extend' });
    }
    // Two characters from the end: take one out and put it back.
    const at = query.length - 2;
    keys.push({ key: 'ArrowLeft', query, kind: null }, { key: 'ArrowLeft', query, kind: null });
    keys.push({ key: 'Backspace', query: query.slice(0, at - 1) + query.slice(at), kind: 'mid-word' });
    keys.push({ key: query[at - 1]!, query, kind: 'mid-word' });
    keys.push({ key: 'End', query, kind: null });
    for (let i = query.length - 1; i >= 0; i--)
      keys.push({ key: 'Backspace', query: query.slice(0, i), kind: 'delete' });
  }
  return keys;
}

test(`typing in search with ${COUNT.toLocaleString('en-US')} applications`, async ({ baseURL }, testInfo) => {
  const apps = generateApplications(COUNT, new Date());
  const browser = await openBenchBrowser(baseURL);
  try {
    const { page } = browser;
    await seedEmptyApp(page, apps);
    await loadSettled(page);
    await backUpFirst(page);
    await focusSearch(page);

    const timed: Record<Kind, number[]> = { extend: [], delete: [], 'mid-word': [] };
    const queries: Record<Kind, string[]> = { extend: [], delete: [], 'mid-word': [] };
    for (const { key, query, kind } of keystrokes(QUERIES)) {
      if (kind === null) {
        await page.keyboard.press(key);
        continue;
      }
      const count = tableCountText(matching(apps, query), COUNT);
      timed[kind].push((await timeStep(page, searchKey(page, key, query, count))).ms);
      queries[kind].push(query);
      await quiet(page, 150);
    }

    // The same queries as a plain filter over every row's text, read raw once.
    const filters = await page.evaluate(
      async ({ db, queries, seasons, stages, modes }) => {
        const connection = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(db);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const rows = await new Promise<Application[]>((resolve, reject) => {
          const all = connection.transaction('applications').objectStore('applications').getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        });
        connection.close();
        const fold = (text: string) =>
          text
            .normalize('NFD')
            .replace(/\p{Diacritic}/gu, '')
            .toLowerCase();
        // The term as it reads: its own text, else season and year ("Summer 2026").
        const term = ({ season, year, text }: Application['term']) =>
          text !== '' ? text : [season ? seasons[season] : '', year ?? ''].join(' ').trim();
        const texts = rows.map((app) => ({
          archived: app.archivedAt !== null,
          text: fold(
            [
              app.company,
              app.role,
              stages[app.stageId] ?? '',
              app.notes,
              term(app.term),
              ...app.locations,
              app.workMode === null ? '' : modes[app.workMode],
              ...app.tags,
            ].join('\n'),
          ),
        }));
        const time = (query: string) => {
          const start = performance.now();
          const words = fold(query).split(/\s+/).filter(Boolean);
          texts.filter((row) => !row.archived && words.every((word) => row.text.includes(word)));
          return performance.now() - start;
        };
        return {
          extend: queries.extend.map(time),
          delete: queries.delete.map(time),
          'mid-word': queries['mid-word'].map(time),
        };
      },
      { db: DATABASES.app, queries, seasons: SEASON_LABELS, stages: STAGE_NAMES, modes: WORK_MODE_LABELS },
    );
    expect(timed['mid-word']).toHaveLength(QUERIES.length * 2);

    await recordMetrics(
      testInfo,
      (['extend', 'delete', 'mid-word'] as const).map((kind) =>
        metric(`keystroke-${kind}`, {
          samples: timed[kind],
          baseline: filters[kind],
          limits: [{ field: 'value_ms', max: 16 }],
        }),
      ),
    );
  } finally {
    await browser.close();
  }
});
