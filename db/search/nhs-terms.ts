/**
 * NHS acronyms and everyday synonyms that the search treats as the same thing: a query with any
 * form of an entry finds examples that use any other form. Reviewed by hand; add an entry only
 * with a source that uses the forms with this meaning, and a unit test in query.test.ts.
 *
 * A form written in capitals (A&E, ED, DNA) is an acronym and matches only as a whole word, so
 * "ED" does not find "education". Any other form matches as a phrase whose last word may be the
 * start of a longer one ("did not attend" finds "did not attends").
 */

export type NhsTerm = {
  forms: string[];
  /** Where the forms are used with this meaning. */
  source: string;
};

const report =
  "NHS Providers, State of the provider sector 2023, chapter 'Innovation within trusts and systems'";
const dataDictionary = "NHS Data Dictionary (NHS England), glossary";
const nhsWebsite = "NHS website (nhs.uk), health A to Z and services pages";

export const nhsTerms: NhsTerm[] = [
  {
    forms: [
      "A&E",
      "A and E",
      "accident and emergency",
      "emergency department",
      "ED",
    ],
    source: `${report} ("general A&Es"); ${dataDictionary}: Accident and Emergency Department`,
  },
  {
    forms: ["DNA", "DNAs", "did not attend", "missed appointment"],
    source: `${report} ("did not attends (DNAs)"); ${dataDictionary}: Did Not Attend`,
  },
  {
    forms: ["LOS", "length of stay"],
    source: `${dataDictionary}: Length of Stay`,
  },
  {
    forms: ["OT", "occupational therapy", "occupational therapist"],
    source: `${report} ("occupational therapy intervention"); ${nhsWebsite}: occupational therapy`,
  },
  {
    forms: [
      "EDI",
      "ED&I",
      "equality diversity and inclusion",
      "equality and diversity",
    ],
    source: `${report} ("equality, diversity, and inclusion (EDI)"); NHS England, NHS equality, diversity and inclusion improvement plan (2023)`,
  },
  {
    forms: [
      "BAME",
      "BME",
      "ethnic minority",
      "ethnic minorities",
      "ethnically diverse",
      "black and minority ethnic",
    ],
    source: `${report} ("ethnically diverse communities"); NHS England, Workforce Race Equality Standard reports`,
  },
  {
    forms: ["MH", "mental health"],
    source: `${report} ("mental health services"); ${dataDictionary}: Mental Health Services Data Set`,
  },
  {
    forms: ["LD", "learning disability", "learning disabilities"],
    source: `${report} ("mental health and learning disabilities"); ${nhsWebsite}: learning disabilities`,
  },
  {
    forms: ["QI", "quality improvement"],
    source: `${report} ("quality improvement programme"); NHS England, NHS IMPACT`,
  },
  {
    forms: [
      "pre-op",
      "pre-op assessment",
      "pre-operative",
      "preoperative",
      "pre-assessment",
      "preoperative assessment",
    ],
    source: `${report} ("digital preoperative assessment"); ${nhsWebsite}: pre-operative assessment before surgery`,
  },
  {
    forms: ["MAU", "medical assessment unit"],
    source: `${report} ("medical assessment unit (MAU) beds")`,
  },
  {
    forms: ["VR", "virtual reality"],
    source: `${report} ("dementia training using virtual reality")`,
  },
];
