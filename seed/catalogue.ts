import type { CareSetting, EvidenceLevel, Stage } from "@/db/options";

/**
 * The catalogue's first content: NHS Providers, State of the provider sector 2023, chapter
 * "Innovation within trusts and systems" (a survey of trust leaders, autumn 2023).
 * Facts and figures are the report's; the wording is ours. The report names no trusts, so
 * no organisation is named here either.
 */
export const source = {
  title: "NHS Providers, State of the provider sector 2023",
  chapter: "Innovation within trusts and systems",
  url: "https://nhsproviders.org/state-of-the-provider-sector-2023/innovation-within-trusts-and-systems",
  /** The survey behind the chapter ran in autumn 2023. */
  period: "Reported by trust leaders in autumn 2023",
  /**
   * The last day of that season. The examples have not been confirmed since, so their review
   * date runs from here, not from the day the seed ran.
   */
  confirmedAt: new Date(Date.UTC(2023, 10, 30)),
} as const;

export type SeedTheme = { slug: string; name: string; description: string };

export const seedThemes: SeedTheme[] = [
  {
    slug: "digital",
    name: "Digital",
    description:
      "Using digital tools and data to change how care is organised and delivered.",
  },
  {
    slug: "equality-diversity-and-inclusion",
    name: "Equality, diversity and inclusion",
    description:
      "Work to promote race equality, tackle discrimination and build inclusive workplaces.",
  },
  {
    slug: "health-inequalities",
    name: "Health inequalities",
    description:
      "Reaching people and communities who get less benefit from health services than others.",
  },
  {
    slug: "patient-flow",
    name: "Patient flow",
    description:
      "Helping patients move through care without delay, from the front door to discharge.",
  },
  {
    slug: "quality-improvement",
    name: "Quality improvement",
    description:
      "Structured, organisation-wide methods and teams for improving the quality of care.",
  },
  {
    slug: "workforce-and-training",
    name: "Workforce and training",
    description:
      "Developing staff through mentoring, training and new ways of learning.",
  },
  {
    slug: "mental-health-and-learning-disabilities",
    name: "Mental health and learning disabilities",
    description:
      "Improvements in mental health and learning disability services.",
  },
];

export type SeedExample = {
  /** Fixed, so that every copy of the catalogue quotes the same reference. */
  reference: string;
  slug: string;
  title: string;
  summary: string;
  problem: string;
  approach: string;
  impact: string;
  careSetting: CareSetting | null;
  /** Set only where the report says how far the work has got; it never does, so all are null. */
  stage: Stage | null;
  /**
   * The report describes every example in words and gives no measurements: "described, not
   * measured". Respondents reported them themselves, so each stays self-reported.
   */
  evidence: EvidenceLevel | null;
  keywords: string[];
  themes: string[];
};

const noResults =
  "The report does not give results or figures for this example.";

export const seedExamples: SeedExample[] = [
  {
    reference: "IX-0001",
    slug: "digital-preoperative-assessment",
    title: "Digital preoperative assessment",
    summary:
      "A trust moved its preoperative assessment to a digital format. The report says this has helped to minimise cancellations and missed appointments, and to make sure patients are fit for surgery.",
    problem:
      "Operations and appointments are lost when patients do not attend (DNAs) or are not ready for surgery on the day. The trust wanted fewer cancellations and DNAs, and patients who are fit for their operation.",
    approach:
      "The trust introduced a digital preoperative assessment, the check that a patient is ready for surgery. The report gives it as this trust's use of digital innovation; it does not describe the system used.",
    impact:
      "The report says the digital assessment has helped minimise cancellations and did not attends (DNAs), and helps ensure patients are fit for surgery. It gives no figures.",
    careSetting: null,
    stage: null,
    evidence: "described",
    keywords: [
      "pre-op",
      "preoperative",
      "pre-operative assessment",
      "surgery",
      "cancellations",
      "did not attend",
      "DNA",
    ],
    themes: ["digital"],
  },
  {
    reference: "IX-0002",
    slug: "together-against-racism",
    title: "Together Against Racism",
    summary:
      "An equality, diversity and inclusion (EDI) programme called 'Together Against Racism', run across a group of trusts. It is helping to drive a focus on inclusivity.",
    problem:
      "The group wanted a shared focus on inclusivity and on tackling racism across all of its organisations.",
    approach:
      "A respondent described 'Together Against Racism', an EDI programme that runs across their group model rather than in a single trust.",
    impact:
      "The report says the programme is helping to catalyse a focus on inclusivity. It gives no figures.",
    careSetting: "group-or-system",
    stage: null,
    evidence: "described",
    keywords: ["racism", "anti-racism", "EDI", "inclusion", "group model"],
    themes: ["equality-diversity-and-inclusion"],
  },
  {
    reference: "IX-0003",
    slug: "families-matter",
    title: "Families matter",
    summary:
      "A trust's 'Families matter' initiative, given by a trust leader as an example of their work on health inequalities.",
    problem:
      "The respondent gave this initiative as part of their trust's work to tackle health inequalities.",
    approach:
      "The report names the 'Families matter' initiative but does not describe what it involves. The same respondent also described 'super Saturdays' (see the related example).",
    impact: noResults,
    careSetting: null,
    stage: null,
    evidence: "described",
    keywords: ["families", "family", "inequalities"],
    themes: ["health-inequalities"],
  },
  {
    reference: "IX-0004",
    slug: "super-saturdays",
    title: "Super Saturdays with outreach into ethnically diverse communities",
    summary:
      "'Super Saturdays' run by a trust as part of its work on health inequalities, including outreach into ethnically diverse communities.",
    problem:
      "The respondent gave this as part of their trust's work to tackle health inequalities, reaching ethnically diverse communities.",
    approach:
      "The trust holds 'super Saturdays', which include outreach into ethnically diverse communities. The report gives no further detail. The same respondent also described their 'Families matter' initiative.",
    impact: noResults,
    careSetting: null,
    stage: null,
    evidence: "described",
    keywords: [
      "super Saturdays",
      "weekend",
      "outreach",
      "ethnically diverse communities",
      "ethnic minority",
    ],
    themes: ["health-inequalities"],
  },
  {
    reference: "IX-0005",
    slug: "home-first",
    title: "Home First: a transitional discharge model in mental health",
    summary:
      "A trust uses the Home First model to improve patient flow in its mental health services. It offers up to six weeks of occupational therapy after discharge so that people can leave hospital earlier, more safely, or both.",
    problem:
      "Patient flow in mental health services: people staying in hospital longer than they need to, or leaving without enough support.",
    approach:
      "Home First is a transitional discharge model. After discharge it provides up to six weeks of occupational therapy intervention, supporting earlier and/or safer discharge.",
    impact:
      "The report describes the model as supporting patient flow. It gives no figures.",
    careSetting: "mental-health",
    stage: null,
    evidence: "described",
    keywords: [
      "Home First",
      "discharge",
      "transitional discharge",
      "occupational therapy",
      "OT",
      "six weeks",
    ],
    themes: ["patient-flow", "mental-health-and-learning-disabilities"],
  },
  {
    reference: "IX-0006",
    slug: "rapid-access-to-neurology-assessment",
    title: "Rapid access to neurology assessment (RANA)",
    summary:
      "Patients with neurological conditions who come to general A&E departments get an appointment for a neurology assessment in hospital within a short time. This is taking pressure off acute partners' medical assessment unit (MAU) beds.",
    problem:
      "Patients with neurological conditions arriving at general A&E departments were using medical assessment unit (MAU) beds at acute partner hospitals.",
    approach:
      "Through rapid access to neurology assessment (RANA), these patients are given an appointment for an assessment within the hospital within a short timeframe.",
    impact:
      "The report says RANA is taking pressure off acute partners' MAU beds. It gives no figures.",
    careSetting: null,
    stage: null,
    evidence: "described",
    keywords: [
      "RANA",
      "neurology",
      "neurological",
      "A&E",
      "emergency department",
      "MAU",
      "medical assessment unit",
    ],
    themes: ["patient-flow"],
  },
  {
    reference: "IX-0007",
    slug: "virginia-mason-discharge-programme",
    title:
      "Discharge programme with the Virginia Mason Institute and SASH+ kaizen",
    summary:
      "A discharge programme led by the Virginia Mason Institute (VMI) and supported by the SASH+ kaizen approach. The respondent said it has delivered huge improvements in the discharge pathway.",
    problem:
      "Delays and problems in the discharge pathway were holding up patient flow.",
    approach:
      "The Virginia Mason Institute (VMI) led a discharge programme, supported by SASH+ kaizen, a continuous improvement method.",
    impact:
      "The respondent reported huge improvements in the discharge pathway. The report gives no figures.",
    careSetting: null,
    stage: null,
    evidence: "described",
    keywords: [
      "Virginia Mason",
      "VMI",
      "SASH+",
      "kaizen",
      "discharge",
      "lean",
      "continuous improvement",
    ],
    themes: ["patient-flow", "quality-improvement"],
  },
  {
    reference: "IX-0008",
    slug: "reciprocal-mentoring",
    title: "Reciprocal mentoring",
    summary:
      "Reciprocal mentoring, given by trust leaders as one of their examples of innovation or improvement.",
    problem:
      "Listed in the report among the other examples of innovation or improvement within trusts.",
    approach:
      "The trust uses reciprocal mentoring, where two colleagues mentor each other. The report names the example without further detail.",
    impact: noResults,
    careSetting: null,
    stage: null,
    evidence: "described",
    keywords: ["mentoring", "reverse mentoring", "mentor", "staff development"],
    themes: ["workforce-and-training"],
  },
  {
    reference: "IX-0009",
    slug: "dementia-training-virtual-reality",
    title: "Dementia training using virtual reality",
    summary:
      "Training in dementia care delivered through virtual reality, given by trust leaders as one of their examples of innovation or improvement.",
    problem:
      "Listed in the report among the other examples of innovation or improvement within trusts.",
    approach:
      "The trust trains staff in dementia care using virtual reality (VR). The report names the example without further detail.",
    impact: noResults,
    careSetting: null,
    stage: null,
    evidence: "described",
    keywords: ["dementia", "virtual reality", "VR", "training", "simulation"],
    themes: ["workforce-and-training", "digital"],
  },
  {
    reference: "IX-0010",
    slug: "recognised-quality-improvement-team",
    title: "A successful and recognised quality improvement team",
    summary:
      "A trust's quality improvement (QI) team, described by its trust leader as successful and recognised.",
    problem:
      "Listed in the report among the other examples of innovation or improvement within trusts.",
    approach:
      "The trust has a dedicated quality improvement team. The report names the example without describing how the team works.",
    impact:
      "The respondent described the team as successful and recognised. The report gives no figures.",
    careSetting: null,
    stage: null,
    evidence: "described",
    keywords: ["QI", "quality improvement", "improvement team"],
    themes: ["quality-improvement"],
  },
  {
    reference: "IX-0011",
    slug: "lead-provider-model-mental-health-learning-disabilities",
    title: "A lead provider model for mental health and learning disabilities",
    summary:
      "A lead provider model for mental health and learning disability services, given by trust leaders as one of their examples of innovation or improvement.",
    problem:
      "Listed in the report among the other examples of innovation or improvement within trusts.",
    approach:
      "Mental health and learning disability services are organised through a lead provider model, in which one provider takes the lead for services across partners. The report names the example without further detail.",
    impact: noResults,
    careSetting: "mental-health",
    stage: null,
    evidence: "described",
    keywords: [
      "lead provider",
      "provider collaborative",
      "mental health",
      "learning disabilities",
      "LD",
    ],
    themes: ["mental-health-and-learning-disabilities"],
  },
];

export type SeedStatement = {
  slug: string;
  statement: string;
  finding: string;
  chartLabel: string;
  stronglyAgree: number | null;
  agree: number | null;
  neither: number | null;
  disagree: number | null;
  stronglyDisagree: number | null;
  note: string | null;
  themes: string[];
};

export const survey = {
  name: "NHS Providers survey of trust leaders",
  year: 2023,
} as const;

const unsplitDisagree =
  "The report gives 3% disagreed without splitting it between disagree and strongly disagree.";

/** Percentages exactly as reported; null where the report gives no figure. */
export const seedStatements: SeedStatement[] = [
  {
    slug: "nhs-impact-helpful",
    chartLabel: "NHS IMPACT has been helpful for quality improvement",
    statement:
      "NHS IMPACT has been helpful in ensuring a focus on quality improvement",
    finding:
      "NHS IMPACT has been helpful in ensuring a focus on quality improvement",
    stronglyAgree: 4,
    agree: 25,
    neither: 42,
    disagree: 16,
    stronglyDisagree: 10,
    note: "NHS IMPACT (Improving Patient Care Together) is NHS England's newly launched quality improvement programme. Views on it were mixed.",
    themes: ["quality-improvement"],
  },
  {
    slug: "board-prioritising-quality-improvement",
    chartLabel: "Board prioritising quality improvement",
    statement:
      "Our trust board is prioritising a focus on quality improvement and trust-wide improvement programmes",
    finding:
      "their trust board is prioritising a focus on quality improvement and trust-wide improvement programmes",
    stronglyAgree: 31,
    agree: 58,
    neither: 8,
    disagree: 3,
    stronglyDisagree: null,
    note: unsplitDisagree,
    themes: ["quality-improvement"],
  },
  {
    slug: "board-prioritising-health-inequalities",
    chartLabel: "Board prioritising tackling health inequalities",
    statement:
      "Our trust board is prioritising a focus on tackling health inequalities",
    finding:
      "their trust board is prioritising a focus on tackling health inequalities",
    stronglyAgree: 12,
    agree: 58,
    neither: 23,
    disagree: 6,
    stronglyDisagree: null,
    note: "The report gives 6% disagreed without splitting it between disagree and strongly disagree.",
    themes: ["health-inequalities"],
  },
  {
    slug: "board-prioritising-race-equality",
    chartLabel: "Board prioritising race equality",
    statement:
      "Our trust board is prioritising a clear focus on promoting race equality and tackling discrimination",
    finding:
      "their trust board is prioritising a clear focus on promoting race equality and tackling discrimination",
    stronglyAgree: 38,
    agree: 48,
    neither: 11,
    disagree: 3,
    stronglyDisagree: null,
    note: `${unsplitDisagree} Of the five statements, this one had the highest share of trust leaders strongly agreeing.`,
    themes: ["equality-diversity-and-inclusion"],
  },
  {
    slug: "board-focus-digital-innovation",
    chartLabel: "Board has a strong focus on digital innovation",
    statement: "Our trust board has a strong focus on digital innovation",
    finding: "their trust board has a strong focus on digital innovation",
    stronglyAgree: 12,
    agree: 59,
    neither: 19,
    disagree: 9,
    stronglyDisagree: 1,
    note: null,
    themes: ["digital"],
  },
];
