import { describe, expect, it } from 'vitest';
import { scanPosting } from '@shared/posting/pageNoise';

const PROSE =
  'We build software for clinics and hospitals across the country, and our interns ship real features used by thousands of nurses.';

/** The text that survives the scan, line by line, without blanked lines. */
function kept(text: string): string[] {
  return scanPosting(text)
    .lines.map((l) => l.content)
    .filter((c) => c !== '');
}

describe('scanPosting', () => {
  it('keeps offsets: the scan is as long as the text, with the same line breaks', () => {
    const text = `Talent.com\nTitle\njob_description.job_card.variable_days_ago\n${PROSE}\nSimilar jobs\nOther job`;
    const { scan } = scanPosting(text);
    expect(scan).toHaveLength(text.length);
    expect([...scan].flatMap((c, i) => (c === '\n' ? [i] : []))).toEqual(
      [...text].flatMap((c, i) => (c === '\n' ? [i] : [])),
    );
  });

  it('blanks template keys, whole lines and keys glued into text', () => {
    const text = `Title\nserp_jobs.job_preview.job_type\n  • serp_jobs.job_card.internship\n${PROSE}\nQuick apply:serp_jobs.filters_job_card.quick_apply`;
    const lines = kept(text);
    expect(lines).toEqual(['Title', PROSE, 'Quick apply:']);
  });

  it('keeps dotted words that are not template keys', () => {
    expect(kept(`Talent.com\nBland.ai, Inc. uses e.g. Node.js\n${PROSE}`)).toEqual([
      'Talent.com',
      'Bland.ai, Inc. uses e.g. Node.js',
      PROSE,
    ]);
  });

  it('blanks navigation and button lines and bracketed placeholders', () => {
    expect(kept(`Skip to main content\nSign in\n[Company logo]\nData Intern\nEasy Apply\nSave\n${PROSE}`)).toEqual([
      'Data Intern',
      PROSE,
    ]);
  });

  it.each([
    'Home › Research › Undergraduate Research',
    'Graduate Jobs › Internships › Technology',
    'Internship › Engineering › Bangalore',
    'Home  >  Get Involved  >  Summer Vacation Scholarships',
    'Careers » Students » Internships',
    'Home / Careers / Internships',
    'Home | Jobs | Data Intern',
    'Home › Careers',
    'Jobs  >  Software Engineer Intern (Summer 2027)',
  ])('blanks the breadcrumb "%s": a site\'s path to the page, not a heading', (breadcrumb) => {
    expect(kept(`${breadcrumb}\nData Intern\nAcme\n${PROSE}`)).toEqual(['Data Intern', 'Acme', PROSE]);
  });

  it.each([
    // A board's heading of role, employer and place: no path, no "Home" before it.
    'Software Engineering Intern | Northwind Traders | Seattle, WA',
    'Data Analyst Intern / Acme Ltd / Location: London',
    'Marketing & Communications | Washington , DC | Internship',
    'Research / Analytics Intern / London',
    // A comparison, and prose that points somewhere.
    'GPA > 3.25',
    'Minimum GPA > 3.0 required',
    'Click Apply > Upload résumé > Submit to finish your application today.',
    'Home of Opportunities around the Globe',
  ])('keeps "%s"', (line) => {
    expect(kept(`${line}\nData Intern\n${PROSE}`)).toEqual([line, 'Data Intern', PROSE]);
  });

  it.each([
    'Similar jobs',
    'Related Jobs',
    'People also viewed',
    'More jobs like this',
    'Jobs you may like',
    'Recommended internships for you',
    'Other jobs from Calloway Partners',
    'Job_description.internal_linking.related_jobs',
    'serp_jobs.job_alerts.create_a_job',
    '© 2026 Acme Inc.',
    '128 reactions · 34 comments',
    'Latest jobs',
    'You may be interested in',
    'Recommended for you',
    'Apply to similar jobs',
    'Jobs by location',
    // A news article's readers' comments, headed with their count.
    'Commentaires (163)',
    'Comments (12)',
    '12 Comments',
    'Kommentare (3)',
  ])('ends the posting at "%s"', (marker) => {
    const text = `Data Intern\nAcme\n${PROSE}\n${marker}\nBackend Intern\nOther Co · Remote · $30/hr`;
    const { bodyEnd, scan } = scanPosting(text);
    expect(bodyEnd).toBe(text.indexOf(marker));
    expect(scan.slice(bodyEnd).trim()).toBe('');
  });

  it('ends the posting at a job card\'s truncated snippet and its "show more" key', () => {
    const text = `Data Intern\nAcme\n${PROSE}\nThis position offers an internship for students pursu...serp_jobs.internal_linking.show_more`;
    expect(scanPosting(text).bodyEnd).toBe(text.indexOf('This position offers'));
  });

  it('ends the posting where a job card repeats its title', () => {
    const text = `Data Intern\nAcme\n${PROSE}\n\nMachine Learning Intern\n\nMachine Learning Intern\n\nEluvioBerkeley, CA, US`;
    expect(scanPosting(text).bodyEnd).toBe(text.indexOf('Machine Learning Intern'));
  });

  it('does not end the posting at a picture’s caption printed twice (its caption and its alt text)', () => {
    const caption =
      'Intern awardees at the 2026 Plant Genome Research Symposium. From left to right: Ana Ruiz, Li Wei, Sam Okafor and Mia Lund.';
    const text = `Relevant Dates\n\n${caption}\n\n${caption}\n\n${PROSE}\nFebruary 3, 2027: Application deadline`;
    expect(scanPosting(text).bodyEnd).toBe(text.length);
  });

  it('does not end the posting at a caption printed twice with its picture’s credit after the sentence', () => {
    const caption =
      'The council has decided to establish a new research laboratory that would be named after Dr Ana Ruiz. Screengrab via YouTube/City News';
    const text = `Council announces paid internships\n\n${caption}\n${caption}\n\n${PROSE}\nStipend: $500 a month`;
    expect(scanPosting(text).bodyEnd).toBe(text.length);
  });

  it('does not end the posting at a title printed twice in its own header', () => {
    const text = `Talent.com\nData Intern\n\nData Intern\n\nAcme\n${PROSE}`;
    expect(scanPosting(text).bodyEnd).toBe(text.length);
  });

  it('does not end the posting at a heading in its first lines or a sentence that mentions jobs', () => {
    expect(scanPosting(`More jobs\nData Intern\n${PROSE}`).bodyEnd).toBeGreaterThan(PROSE.length);
    const text = `Data Intern\nAcme\n${PROSE}\nOther opportunities at Acme include full-time jobs after graduation.\nBenefits`;
    expect(scanPosting(text).bodyEnd).toBe(text.length);
  });

  it("blanks a job-alert button among the title's lines, and ends the posting at one under its prose", () => {
    const text = `Data Intern 2027\nAcme\nLondon\n2 days ago\nCreate job alert\n\nData Intern\n${PROSE}`;
    expect(scanPosting(text).bodyEnd).toBe(text.length);
    expect(kept(text)).not.toContain('Create job alert');
    const below = `Data Intern\n${PROSE}\nCreate job alert\nStaff Engineer at Globex`;
    expect(scanPosting(below).bodyEnd).toBe(below.indexOf('Create job alert'));
  });

  it('cuts a page pasted without line breaks at the template key that ends the posting', () => {
    const text = `ML Internship ${PROSE} serp_jobs.job_alerts.create_a_job Internship 2026 Job_description.internal_linking.related_jobs Staff Engineer`;
    const { bodyEnd } = scanPosting(text);
    expect(bodyEnd).toBe(text.indexOf('serp_jobs.job_alerts'));
  });

  it('cuts the reference page before its related-job cards', () => {
    const text = `Talent.com\nML Internship\n\nML Internship\n\nPinterestSan Francisco, CA, United States\n${PROSE}\n\n    serp_jobs.job_alerts.create_a_job\n\n    Internship 2026 • San Francisco, CA, United States\n\n    Job_description.internal_linking.related_jobs\n    Machine Learning Engineer`;
    const { scan } = scanPosting(text);
    expect(scan).not.toContain('Machine Learning Engineer');
    expect(scan).not.toContain('Internship 2026 •');
  });
});
