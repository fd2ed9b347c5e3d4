// Words that name a kind of work: a line or a cell holding one names a role ("Software
// Engineering Intern", "Werkstudent Data"), not an employer. The posting parser looks for the
// title by them; the CSV import tells the role from the company in a cell holding both.
export const JOB_WORD =
  /\b(?:intern(?:ship)?s?|co-?op|engineer(?:ing)?|developer|analyst|scientist|designer|researcher|research|assistant|associate|specialist|manager|coordinator|consultant|technician|trainee(?:ship)?|apprentice(?:ship)?|fellow(?:ship)?|student|graduate|programmer|architect|administrator|officer|representative|advisor|strategist|writer|editor|marketing|sales|product|data|software|hardware|finance|accountant|operations|clerk(?:ship)?|tutor|teacher|werkstudent|placement|program(?:me)?s?|stagiaires?|[a-zäöü]*praktik(?:um|a|ant(?:in)?)|d[ée]veloppeu(?:r|se)|ing[ée]nieur(?:e|in)?|[a-zäöü]*entwickler(?:in)?|desarrollador(?:a)?|becari[oa]|alternan(?:ce|t|te)|charg[ée]e?(?=\s+d(?:e\s|['’])))(?![\p{L}])/iu;
