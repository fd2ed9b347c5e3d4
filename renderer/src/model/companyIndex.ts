// "Have I applied here already?": applications by company, kept up to date as rows change, so a
// keystroke in search reads each company's name once instead of every application.
import type { RowChange, RowIndex } from './applicationsModel';
import { searchableName } from '@shared/normalizeWord';
import { searchKey, type TableRow } from './tableRows';

export interface CompanyIndex extends RowIndex {
  /**
   * Every application, archived ones included, at a company whose name contains what was typed
   * (two letters at least), or whose name it starts with, followed by more words ("stripe
   * intern"), grouped by company.
   */
  matching(search: string): TableRow[];
}

export function createCompanyIndex(): CompanyIndex {
  /** Company (as search reads a name, searchableName) -> its rows by application id. */
  const byCompany = new Map<string, Map<string, TableRow>>();

  function add(row: TableRow) {
    const company = searchableName(row.app.company);
    let rows = byCompany.get(company);
    if (!rows) byCompany.set(company, (rows = new Map()));
    rows.set(row.app.id, row);
  }

  function remove(row: TableRow) {
    const company = searchableName(row.app.company);
    const rows = byCompany.get(company);
    rows?.delete(row.app.id);
    if (rows?.size === 0) byCompany.delete(company);
  }

  return {
    matching(search) {
      const key = searchKey(search.trim());
      if (key.length < 2) return [];
      const found: TableRow[] = [];
      for (const [company, rows] of byCompany) {
        // A name with umlauts is also kept as German spells it without: a line each.
        const named = (name: string) => name.length > 1 && key.startsWith(`${name} `);
        if (company.includes(key) || company.split('\n').some(named)) found.push(...rows.values());
      }
      return found;
    },
    reset(rows) {
      byCompany.clear();
      for (const row of rows) add(row);
    },
    apply(changes: readonly RowChange[]) {
      for (const { before, after } of changes) {
        if (before) remove(before);
        if (after) add(after);
      }
    },
  };
}
