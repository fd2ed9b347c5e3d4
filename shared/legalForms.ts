// Companies' legal forms ("GmbH", "Ltd", "S.A."), listed once for the two readings of them: the
// posting's headline takes a line ending in one for a company's name, as the name writes it, and
// the comparison of applications leaves them off a name, as one tracker writes them and another
// does not ("Stone Co." is "Stone").
import { escapeRegExp } from './posting/textSpans';

interface LegalForm {
  /** As a name writes it, with its full stops. */
  written: string;
  /** Also written without its last full stop: "Ltd" as "Ltd.". */
  stopOptional?: boolean;
  /** The headline reads a line's name ending in it as a company's ("Brightwater Ltd"). */
  namesCompany: boolean;
  /** Left off a name when names are compared; a compound form ("Pty Ltd") is left off by its parts. */
  leftOffCompared: boolean;
}

const LEGAL_FORMS: readonly LegalForm[] = [
  { written: 'AG', namesCompany: true, leftOffCompared: true },
  { written: 'SE', namesCompany: true, leftOffCompared: true },
  { written: 'KG', namesCompany: true, leftOffCompared: true },
  { written: 'KGaA', namesCompany: true, leftOffCompared: false },
  { written: 'GmbH', namesCompany: true, leftOffCompared: true },
  { written: 'gGmbH', namesCompany: true, leftOffCompared: false },
  { written: 'GmbH & Co. KG', namesCompany: true, leftOffCompared: false },
  { written: 'gGmbH & Co. KG', namesCompany: true, leftOffCompared: false },
  { written: 'Ltd.', stopOptional: true, namesCompany: true, leftOffCompared: true },
  { written: 'Ltda', namesCompany: false, leftOffCompared: true },
  { written: 'Limited', namesCompany: true, leftOffCompared: true },
  { written: 'Private', namesCompany: false, leftOffCompared: true },
  { written: 'Pvt.', stopOptional: true, namesCompany: false, leftOffCompared: true },
  { written: 'Pty', namesCompany: false, leftOffCompared: true },
  { written: 'Pty Ltd.', stopOptional: true, namesCompany: true, leftOffCompared: false },
  { written: 'Inc.', stopOptional: true, namesCompany: true, leftOffCompared: true },
  { written: 'Co.', stopOptional: true, namesCompany: false, leftOffCompared: true },
  { written: 'Corp.', stopOptional: true, namesCompany: true, leftOffCompared: true },
  { written: 'Corporation', namesCompany: false, leftOffCompared: true },
  { written: 'LLC', namesCompany: true, leftOffCompared: true },
  { written: 'L.L.C.', stopOptional: true, namesCompany: false, leftOffCompared: true },
  { written: 'LLP', namesCompany: true, leftOffCompared: true },
  { written: 'PLC', namesCompany: true, leftOffCompared: true },
  { written: 'plc', namesCompany: true, leftOffCompared: true },
  { written: 'S.A.', namesCompany: true, leftOffCompared: true },
  { written: 'SA', namesCompany: false, leftOffCompared: true },
  { written: 'S/A', namesCompany: false, leftOffCompared: true },
  { written: 'S.A.S.', namesCompany: true, leftOffCompared: false },
  { written: 'SAS', namesCompany: true, leftOffCompared: true },
  { written: 'SARL', namesCompany: true, leftOffCompared: true },
  { written: 'S.p.A.', namesCompany: true, leftOffCompared: true },
  { written: 'S.r.l.', namesCompany: true, leftOffCompared: true },
  { written: 'SRL', namesCompany: false, leftOffCompared: true },
  { written: 'B.V.', namesCompany: true, leftOffCompared: true },
  { written: 'BV', namesCompany: false, leftOffCompared: true },
  { written: 'N.V.', namesCompany: true, leftOffCompared: true },
  { written: 'NV', namesCompany: false, leftOffCompared: true },
  { written: 'Oy', namesCompany: true, leftOffCompared: true },
  { written: 'AB', namesCompany: true, leftOffCompared: true },
  { written: 'ASA', namesCompany: true, leftOffCompared: true },
  { written: 'A/S', namesCompany: true, leftOffCompared: true },
];

/** A form as a name writes it, its spaces on one line; case-sensitive. */
function asWritten({ written, stopOptional }: LegalForm): string {
  const form = escapeRegExp(written).replace(/ /g, '[^\\S\\n]');
  return stopOptional ? `${form.replace(/\\\.$/, '')}\\.?` : form;
}

/**
 * A company's legal form ending its name, as the name writes it (case-sensitive): "Infineon
 * Technologies AG", "Polder Data B.V.", "Brightwater Ltd".
 */
export const LEGAL_FORM_ENDING_NAME = new RegExp(
  `[^\\S\\n](?:${LEGAL_FORMS.filter((f) => f.namesCompany)
    .map(asWritten)
    .join('|')})$`,
  'u',
);

/**
 * Legal forms ending a company's name as names compare (lower case, no accents), one or more,
 * after a space or a comma, each with or without its last full stop: "stone co.", "google llc",
 * "acme private limited", "razorpay pvt. ltd.", "jpmorgan chase & co.".
 */
export const LEGAL_FORMS_ENDING_COMPARED = new RegExp(
  `(?:,?\\s(?:&\\s?)?(?:${[
    ...new Set(
      LEGAL_FORMS.filter((f) => f.leftOffCompared).map((f) => escapeRegExp(f.written.toLowerCase().replace(/\.$/, ''))),
    ),
  ].join('|')})\\.?)+$`,
);
