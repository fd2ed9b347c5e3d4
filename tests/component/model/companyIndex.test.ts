// "Have I applied here already?": the applications at companies matching what is typed, kept up
// to date as applications are added, renamed and removed.
import { describe, expect, it } from 'vitest';
import type { Application } from '@shared/application';
import { DEFAULT_PIPELINE } from '@shared/pipeline';
import { createCompanyIndex } from '../../../renderer/src/model/companyIndex';
import { toTableRows, type TableRow } from '../../../renderer/src/model/tableRows';
import { anApplication } from '../applicationFixture';

const NOW = new Date('2026-03-01T12:00:00-08:00');
const ids = (rows: TableRow[]) => rows.map((r) => r.app.id);
const rowsOf = (...apps: Application[]) => toTableRows(apps, DEFAULT_PIPELINE, NOW);

describe('the company index: “have I applied here already?”', () => {
  const rows = rowsOf(
    anApplication('pinterest-ml', { company: 'Pinterest', role: 'ML Intern' }, { stage: 'applied' }),
    anApplication('nestle', { company: 'Nestlé', role: 'Pinterest-style feed intern' }),
    anApplication(
      'pinterest-old',
      { company: 'Pinterest', role: 'SWE Intern' },
      { stage: 'rejected', archivedAt: '2025-06-01T00:00:00Z' },
    ),
  );
  const index = createCompanyIndex();
  index.reset(rows);

  it('lists every application at a company whose name contains the query, archived ones included', () => {
    expect(ids(index.matching('pinter'))).toEqual(['pinterest-ml', 'pinterest-old']);
  });

  it('matches company names only, ignoring case and accents', () => {
    expect(ids(index.matching('NESTLE'))).toEqual(['nestle']);
    expect(ids(index.matching('feed'))).toEqual([]);
  });

  it('takes a company named first and the role after it, as the table’s search does', () => {
    expect(ids(index.matching('Pinterest ML intern'))).toEqual(['pinterest-ml', 'pinterest-old']);
    expect(ids(index.matching('nestlé  feed'))).toEqual(['nestle']);
    // Only a whole name first: "pin intern" is no company's name followed by more.
    expect(index.matching('pin intern')).toEqual([]);
  });

  it('finds a name with umlauts as German spells it without them', () => {
    const german = createCompanyIndex();
    german.reset(rowsOf(anApplication('mueller', { company: 'Müller Holding', role: 'Intern' })));
    expect(ids(german.matching('mueller'))).toEqual(['mueller']);
    expect(ids(german.matching('Muller'))).toEqual(['mueller']);
    expect(ids(german.matching('Mueller Holding intern'))).toEqual(['mueller']);
    // The whole name as German spells it, not its words alone.
    german.reset(rowsOf(anApplication('swm', { company: 'Stadtwerke München', role: 'Intern' })));
    expect(ids(german.matching('Stadtwerke Muenchen'))).toEqual(['swm']);
  });

  it('waits for at least two characters', () => {
    expect(index.matching('p')).toEqual([]);
    expect(index.matching(' p ')).toEqual([]);
    expect(ids(index.matching(' pi '))).toEqual(['pinterest-ml', 'pinterest-old']);
  });

  it('follows applications added, moved to another company and removed', () => {
    const kept = createCompanyIndex();
    kept.reset(rows);
    const [pinterestMl, nestle] = rows;
    const [renamed] = rowsOf(anApplication('pinterest-ml', { company: 'Nest Labs', role: 'ML Intern' }));
    const [added] = rowsOf(anApplication('nest-new', { company: 'NEST labs', role: 'Intern' }));
    kept.apply([
      { before: pinterestMl, after: renamed },
      { before: undefined, after: added },
      { before: nestle, after: undefined },
    ]);
    expect(ids(kept.matching('pinterest'))).toEqual(['pinterest-old']);
    expect(ids(kept.matching('nest'))).toEqual(['pinterest-ml', 'nest-new']);
    expect(kept.matching('nestle')).toEqual([]);
  });
});
