// A sheet as a student in Japan keeps it: Japanese statuses, column names, pay per day and dates
// as Excel for Japan writes them.
import { describe, expect, it } from 'vitest';
import { proposeMapping } from '@shared/csv/columnMapping';
import { parseDateCell } from '@shared/csv/dateCell';
import { stageWordWithin } from '@shared/csv/vocabularyWords';
import { importText } from './importHelpers';

describe('pay per day, a period the app has none for', () => {
  it('keeps it in the notes, with a warning, never as pay per hour or any other period', async () => {
    // Hourly amounts of the same column, whose size 8,000 a day is like, lent "hour" to it before.
    const preview = await importText(
      'Company,Role,Pay\n' +
        'メルカリ,インターン,"時給1,500円"\n' +
        'リクルート,インターン,"時給1,800円"\n' +
        'LINEヤフー,インターン,"時給2,000円"\n' +
        'ソニー,インターン,"日給10,000円"\n' +
        '富士通,インターン,日当8000円\n' +
        'ソフトバンク,インターン,"1日 10,000円"\n' +
        'Acme,Intern,$200 per day\n' +
        'Globex,Intern,$150/day\n' +
        'Initech,Intern,$150 daily\n' +
        'Hooli,Intern,$150 a day\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.slice(3).map((r) => [r.application.company, r.application.pay, r.application.notes])).toEqual([
      ['ソニー', null, 'Pay: 日給10,000円'],
      ['富士通', null, 'Pay: 日当8000円'],
      ['ソフトバンク', null, 'Pay: 1日 10,000円'],
      ['Acme', null, 'Pay: $200 per day'],
      ['Globex', null, 'Pay: $150/day'],
      ['Initech', null, 'Pay: $150 daily'],
      ['Hooli', null, 'Pay: $150 a day'],
    ]);
    expect(preview.warnings).toContain(
      "Row 5: 'Pay' is pay per day, and the app keeps pay only per hour, week, month, year or in total (got '日給10,000円'), so it was kept in the notes as 'Pay: …'",
    );
    expect(preview.warnings.filter((w) => w.includes('is pay per day'))).toHaveLength(7);
  });

  it('still reads a period the app has, beside a count of days', async () => {
    const preview = await importText(
      'Company,Role,Pay\nA社,インターン,"時給1,500円 (1日8時間)"\nB社,Intern,$25/hour (8 hours a day)\n',
    );
    expect(preview.rows.map((r) => r.application.pay && [r.application.pay.min, r.application.pay.period])).toEqual([
      [1500, 'hour'],
      [25, 'hour'],
    ]);
  });
});

describe('pay per day in amount columns', () => {
  it("keeps the amounts in the notes where an amount, the period column or the amounts' column name says per day", async () => {
    /** The last row's pay and notes, and how many warnings say "per day". */
    const perDay = async (header: string, ...rows: string[]) => {
      const text = `Company,Role,${header}\n${rows.map((r) => `Acme,Intern,${r}\n`).join('')}`;
      // A column the student maps by hand, as "Min daily rate" is not proposed.
      const preview = await importText(
        text,
        header.includes('daily') ? { mapping: ['company', 'role', 'payMin', 'payMax'] } : {},
      );
      expect(preview.errors).toEqual([]);
      const last = preview.rows.at(-1)!.application;
      return [last.pay, last.notes, preview.warnings.filter((w) => w.includes('is pay per day')).length];
    };
    expect(await perDay('Min Pay,Max Pay', '"¥8,000/日","¥10,000/日"')).toEqual([
      null,
      'Min Pay: ¥8,000/日\n\nMax Pay: ¥10,000/日',
      2,
    ]);
    // The period column holds periods the app has too, so it is proposed as the period.
    expect(await perDay('Min Pay,Max Pay,Pay Period', '20,25,Hourly', '150,200,Daily')).toEqual([
      null,
      'Min Pay: 150\n\nMax Pay: 200\n\nPay Period: Daily',
      3,
    ]);
    expect(await perDay('Min daily rate,Max daily rate', '150,200')).toEqual([
      null,
      'Min daily rate: 150\n\nMax daily rate: 200',
      2,
    ]);
  });

  it('still reads amounts of a period the app has', async () => {
    const preview = await importText('Company,Role,Min Pay,Max Pay,Pay Period\nAcme,Intern,20,25,Hourly\n');
    expect(preview.rows[0]!.application.pay).toMatchObject({ min: 20, max: 25, period: 'hour' });
  });
});

describe('Japanese statuses', () => {
  /** Each status on its own row, applied on a day before the import: the stage ids. */
  const stagesOf = async (statuses: readonly string[]) => {
    const rows = statuses.map((s, i) => `Co${i},Intern,${s},2026/02/01`);
    const preview = await importText(`Company,Role,Status,Date Applied\n${rows.join('\n')}\n`);
    expect(preview.errors).toEqual([]);
    return preview.rows.map((r) => r.application.stageId);
  };

  it('reads the common ones as the stage they mean', async () => {
    expect(
      await stagesOf([
        '不採用',
        'お見送り',
        '内定承諾',
        '応募済み',
        'エントリー済',
        'ES提出済',
        '書類選考中',
        '一次面接',
        '二次面接',
        '内々定',
        'Webテスト',
        '内定辞退',
        '書類通過',
      ]),
    ).toEqual([
      'rejected',
      'rejected',
      'accepted',
      'applied',
      'applied',
      'applied',
      'applied',
      'technical-interview',
      'technical-interview',
      'offer',
      'online-assessment',
      'declined',
      'online-assessment',
    ]);
  });

  it('reads a status written without spaces by the word it opens or ends with', async () => {
    expect(await stagesOf(['一次面接待ち', '最終面接結果待ち', 'Webテスト受験済', '書類選考不合格'])).toEqual([
      'technical-interview',
      'final-round',
      'online-assessment',
      'rejected',
    ]);
  });

  it('reads no word negated by 不 or 未 before it as that word', async () => {
    expect(stageWordWithin('未内定')).toBeNull();
    const rows = ['未応募', '未エントリー', '書類不通過'].map((s, i) => `Co${i},Intern,${s}`);
    const preview = await importText(`Company,Role,Status\n${rows.join('\n')}\n`);
    expect(preview.rows.map((r) => r.application.stageId)).toEqual(['wishlist', 'wishlist', 'rejected']);
  });
});

describe('Japanese column names', () => {
  it('are matched to the fields they name', () => {
    const header = ['企業名', '職種', 'ステータス', '応募日', '締切', '給与', '勤務地', '実施期間', 'URL', 'メモ'];
    expect(proposeMapping(header).mapping).toEqual([
      'company',
      'role',
      'stage',
      'appliedAt',
      'deadline',
      'pay',
      'locations',
      'cohorts',
      'postingUrl',
      'notes',
    ]);
    expect(proposeMapping(['会社名', '職種', '選考状況', '締め切り', '報酬', '期間', '備考']).mapping).toEqual([
      'company',
      'role',
      'stage',
      'deadline',
      'pay',
      'cohorts',
      'notes',
    ]);
  });

  it("import a Japanese tracker's rows, a pay column named 時給 read per hour", async () => {
    const preview = await importText(
      '企業名,職種,ステータス,応募日,時給,勤務地,メモ\n株式会社メルカリ,エンジニア インターン,一次面接,2026/02/01,1500円,東京都港区,逆質問を準備\n',
    );
    expect(preview.errors).toEqual([]);
    const [row] = preview.rows.map((r) => r.application);
    expect([
      row!.company,
      row!.role,
      row!.stageId,
      row!.appliedAt,
      row!.pay?.min,
      row!.pay?.period,
      row!.notes,
    ]).toEqual([
      '株式会社メルカリ',
      'エンジニア インターン',
      'technical-interview',
      '2026-02-01',
      1500,
      'hour',
      '逆質問を準備',
    ]);
  });
});

describe('dates and pay as Excel for Japan and a Japanese keyboard write them', () => {
  it('reads a date with its weekday in brackets, and full-width digits', () => {
    for (const text of [
      '2027/01/15(金)',
      '2027/01/15（金）',
      '2027/1/15 (金曜日)',
      '２０２７/０１/１５',
      '２０２７年１月１５日',
    ])
      expect(parseDateCell(text, false)).toEqual({ date: '2027-01-15', instant: null });
    expect(parseDateCell('2027/01/15(金) 23:59', false)?.date).toBe('2027-01-15');
    expect(parseDateCell('2027/01/15(金)23:59', false)?.date).toBe('2027-01-15');
  });

  it('reads a cohort written with a wave dash or a full-width tilde between its dates (tester32)', async () => {
    const preview = await importText(
      'Company,Role,実施期間\nA社,インターン,2027/08/01〜2027/08/31\nB社,インターン,2027/08/02～2027/08/06\n',
    );
    expect(preview.rows.map((r) => r.application.cohorts.map((c) => [c.start, c.end]))).toEqual([
      [['2027-08-01', '2027-08-31']],
      [['2027-08-02', '2027-08-06']],
    ]);
  });

  it('reads full-width digits and marks in pay', async () => {
    const preview = await importText(
      'Company,Role,Pay,Min pay\nA社,インターン,"時給１，５００円",\nB社,インターン,,１５００\n',
    );
    expect(preview.rows.map((r) => r.application.pay && [r.application.pay.min, r.application.pay.period])).toEqual([
      [1500, 'hour'],
      [1500, null],
    ]);
  });
});
