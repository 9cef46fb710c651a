/**
 * The judged query set: queries written as NHS staff would type them, with the seeded examples
 * that should come back. `npm run eval:search` scores the search against it, and
 * eval.test.ts checks the scores in `npm test`. Judged against the 11 seeded examples
 * only; add queries here whenever the search gets one wrong.
 */

export type Judgement = {
  q: string;
  kind: "misspelling" | "acronym" | "plain" | "phrase" | "unanswerable";
  /** Slugs of examples that answer the query, the best first. Empty: no judgement of results. */
  relevant: string[];
  /** For a misspelling, the correction it must get. Any other query must not be corrected. */
  correction?: string;
};

const preop = "digital-preoperative-assessment";
const racism = "together-against-racism";
const families = "families-matter";
const saturdays = "super-saturdays";
const homeFirst = "home-first";
const rana = "rapid-access-to-neurology-assessment";
const virginiaMason = "virginia-mason-discharge-programme";
const mentoring = "reciprocal-mentoring";
const dementia = "dementia-training-virtual-reality";
const qiTeam = "recognised-quality-improvement-team";
const leadProvider = "lead-provider-model-mental-health-learning-disabilities";

const misspelt = (q: string, correction: string, relevant: string[]) => ({
  q,
  kind: "misspelling" as const,
  correction,
  relevant,
});

export const judgements: Judgement[] = [
  misspelt("neurolgy", "neurology", [rana]),
  misspelt("racsim", "racism", [racism]),
  misspelt("home frist", "home first", [homeFirst]),
  misspelt("dementa", "dementia", [dementia]),
  misspelt("mentorng", "mentoring", [mentoring]),
  misspelt("kaizan", "kaizen", [virginiaMason]),
  misspelt("preoperatve", "preoperative", [preop]),
  misspelt("inequalites", "inequalities", [families, saturdays]),
  misspelt("saturdys", "saturdays", [saturdays]),
  misspelt("virtaul reality", "virtual reality", [dementia]),
  misspelt("occupatonal therapy", "occupational therapy", [homeFirst]),
  misspelt("neurologcal", "neurological", [rana]),
  misspelt("famillies", "families", [families]),
  misspelt("outreech", "outreach", [saturdays]),
  misspelt("dischareg", "discharge", [homeFirst, virginiaMason]),
  misspelt("inclusoin", "inclusion", [racism]),
  misspelt("assesment", "assessment", [preop, rana]),
  misspelt("disabilites", "disabilities", [leadProvider]),
  misspelt("improvment team", "improvement team", [qiTeam]),
  misspelt("dementia trainng", "dementia training", [dementia]),
  misspelt("super saterdays", "super saturdays", [saturdays]),
  misspelt("transitonal discharge", "transitional discharge", [homeFirst]),

  { q: "A&E", kind: "acronym", relevant: [rana] },
  { q: "A and E neurology", kind: "acronym", relevant: [rana] },
  { q: "ED", kind: "acronym", relevant: [rana] },
  { q: "emergency department", kind: "acronym", relevant: [rana] },
  { q: "DNA", kind: "acronym", relevant: [preop] },
  { q: "did not attend", kind: "acronym", relevant: [preop] },
  { q: "EDI", kind: "acronym", relevant: [racism] },
  {
    q: "equality diversity and inclusion",
    kind: "acronym",
    relevant: [racism],
  },
  { q: "OT", kind: "acronym", relevant: [homeFirst] },
  { q: "BAME", kind: "acronym", relevant: [saturdays] },
  { q: "BME communities", kind: "acronym", relevant: [saturdays] },
  { q: "ethnic minority", kind: "acronym", relevant: [saturdays] },
  { q: "MH", kind: "acronym", relevant: [homeFirst, leadProvider] },
  { q: "LD", kind: "acronym", relevant: [leadProvider] },
  { q: "QI", kind: "acronym", relevant: [qiTeam] },
  { q: "pre-op", kind: "acronym", relevant: [preop] },
  { q: "pre-assessment", kind: "acronym", relevant: [preop] },
  { q: "MAU", kind: "acronym", relevant: [rana] },
  { q: "medical assessment unit", kind: "acronym", relevant: [rana] },
  { q: "VR", kind: "acronym", relevant: [dementia] },
  { q: "VR dementia training", kind: "acronym", relevant: [dementia] },

  { q: "discharge", kind: "plain", relevant: [homeFirst, virginiaMason] },
  { q: "discharges", kind: "plain", relevant: [homeFirst, virginiaMason] },
  { q: "delays", kind: "plain", relevant: [virginiaMason] },
  { q: "delay", kind: "plain", relevant: [virginiaMason] },
  { q: "mentor", kind: "plain", relevant: [mentoring] },
  { q: "families", kind: "plain", relevant: [families] },
  { q: "family", kind: "plain", relevant: [families] },
  { q: "surgery", kind: "plain", relevant: [preop] },
  { q: "cancellations", kind: "plain", relevant: [preop] },
  { q: "kaizen", kind: "plain", relevant: [virginiaMason] },
  { q: "lean", kind: "plain", relevant: [virginiaMason] },
  { q: "weekend", kind: "plain", relevant: [saturdays] },
  { q: "simulation", kind: "plain", relevant: [dementia] },
  { q: "neuro", kind: "plain", relevant: [rana] },
  { q: "racism", kind: "plain", relevant: [racism] },
  { q: "inclusivity", kind: "plain", relevant: [racism] },
  { q: "dementia", kind: "plain", relevant: [dementia] },
  { q: "outreach", kind: "plain", relevant: [saturdays] },

  { q: "staying in hospital", kind: "phrase", relevant: [homeFirst] },
  { q: "patient flow", kind: "phrase", relevant: [homeFirst, virginiaMason] },
  { q: "health inequalities", kind: "phrase", relevant: [families, saturdays] },
  { q: "mental health", kind: "phrase", relevant: [homeFirst, leadProvider] },
  { q: "learning disabilities", kind: "phrase", relevant: [leadProvider] },
  { q: "occupational therapy", kind: "phrase", relevant: [homeFirst] },
  { q: "transitional discharge model", kind: "phrase", relevant: [homeFirst] },
  { q: "together against racism", kind: "phrase", relevant: [racism] },
  { q: "virginia mason", kind: "phrase", relevant: [virginiaMason] },
  { q: "rapid access to neurology", kind: "phrase", relevant: [rana] },
  { q: "lead provider model", kind: "phrase", relevant: [leadProvider] },
  { q: "provider collaborative", kind: "phrase", relevant: [leadProvider] },
  { q: "staff development", kind: "phrase", relevant: [mentoring] },
  { q: "virtual reality dementia", kind: "phrase", relevant: [dementia] },
  { q: "kaizen discharge", kind: "phrase", relevant: [virginiaMason] },
  { q: "pre operative assessment", kind: "phrase", relevant: [preop] },
  { q: "quality improvement team", kind: "phrase", relevant: [qiTeam] },
  { q: "reduce length of stay", kind: "phrase", relevant: [homeFirst] },
  { q: "length of stay", kind: "phrase", relevant: [homeFirst] },
  { q: "outreach events", kind: "phrase", relevant: [saturdays] },
  // Correctly spelt, with no good answer in the catalogue: never "corrected" into something else.
  { q: "waiting times", kind: "phrase", relevant: [] },
  { q: "workforce retention", kind: "phrase", relevant: [] },
  { q: "patient safety", kind: "phrase", relevant: [] },
  { q: "falls prevention", kind: "phrase", relevant: [] },

  { q: "mentee", kind: "unanswerable", relevant: [] },
  { q: "car parking charges", kind: "unanswerable", relevant: [] },
  { q: "dental implants", kind: "unanswerable", relevant: [] },
  { q: "sepsis screening", kind: "unanswerable", relevant: [] },
  { q: "maternity", kind: "unanswerable", relevant: [] },
  { q: "hip replacement", kind: "unanswerable", relevant: [] },
  { q: "frailty", kind: "unanswerable", relevant: [] },
  { q: "sickle cell", kind: "unanswerable", relevant: [] },
  { q: "stroke thrombolysis", kind: "unanswerable", relevant: [] },
  { q: "pharmacy", kind: "unanswerable", relevant: [] },
  { q: "electronic prescribing", kind: "unanswerable", relevant: [] },
  { q: "LOS", kind: "unanswerable", relevant: [] },
];
