// Fixed lists shared by the schema, the forms and the browser: no server code here.

/** The service's name, in page titles, the header and every email. */
export const serviceName = "Find and share improvement examples";

export const exampleStatuses = [
  "pending",
  "published",
  "rejected",
  "withdrawn",
] as const;
export type ExampleStatus = (typeof exampleStatuses)[number];

/** Where care is given; the submission form and the filters offer exactly these. */
export const careSettings = {
  acute: "Acute",
  "mental-health": "Mental health",
  community: "Community",
  ambulance: "Ambulance",
  specialist: "Specialist",
  "primary-care": "Primary care",
  "group-or-system": "Group or system",
} as const;
export type CareSetting = keyof typeof careSettings;

/** The seven NHS England regions. */
export const regions = {
  "east-of-england": "East of England",
  london: "London",
  midlands: "Midlands",
  "north-east-and-yorkshire": "North East and Yorkshire",
  "north-west": "North West",
  "south-east": "South East",
  "south-west": "South West",
} as const;
export type Region = keyof typeof regions;

/** How search results can be ordered. */
export const sortOptions = {
  relevance: "Relevance",
  newest: "Newest",
  title: "A to Z",
} as const;
export type Sort = keyof typeof sortOptions;

/** What can happen to an example, as recorded in its moderation history. */
export const moderationActions = [
  "submitted",
  "edited",
  "approved",
  "rejected",
  "withdrawn",
] as const;
export type ModerationAction = (typeof moderationActions)[number];

/** Moderators moderate; admins also invite, change and remove moderators and admins. */
export const moderatorRoles = ["moderator", "admin"] as const;
export type ModeratorRole = (typeof moderatorRoles)[number];

/**
 * What follows a correct password: a code from the app ("code"), or, for an admin without
 * two-step sign-in, setting it up ("set-up").
 */
export const secondSteps = ["code", "set-up"] as const;
export type SecondStep = (typeof secondSteps)[number];

export const roleLabels: Record<ModeratorRole, string> = {
  moderator: "Moderator",
  admin: "Admin",
};

/** What an account's history records: signing in, failing, locking, roles and second factors. */
export const accountActions = [
  "signed_in",
  "sign_in_failed",
  "locked",
  "signed_out_elsewhere",
  "sessions_ended",
  "invited",
  "joined",
  "role_changed",
  "removed",
  "factor_added",
  "factor_removed",
  "recovery_code_used",
] as const;
export type AccountAction = (typeof accountActions)[number];

/** How each line of an account's history reads. */
export const accountActionLabels: Record<AccountAction, string> = {
  signed_in: "Signed in",
  sign_in_failed: "Sign-in failed",
  locked: "Locked after failed sign-ins",
  signed_out_elsewhere: "Signed out everywhere else",
  sessions_ended: "Sessions ended by an admin",
  invited: "Invited",
  joined: "Joined",
  role_changed: "Role changed",
  removed: "Removed",
  factor_added: "Second factor set up",
  factor_removed: "Second factor removed",
  recovery_code_used: "Recovery code used",
};

/** Where an email is: waiting in the outbox (or between attempts), accepted by the mail server, or given up. */
export const messageStatuses = ["queued", "sent", "failed"] as const;
export type MessageStatus = (typeof messageStatuses)[number];

/** How often an email alert is sent, and how the form offers it. */
export const alertFrequencies = {
  immediately: "As soon as one is published",
  daily: "Once a day, if there are any",
  weekly: "Once a week, if there are any",
} as const;
export type AlertFrequency = keyof typeof alertFrequencies;

/** What the sender's job queue does: expand a publish into alerts, send a digest, or tell moderators what waits. */
export const mailJobKinds = ["alerts", "daily", "weekly", "waiting"] as const;

/** Which emails a moderator gets about work waiting for review. */
export const waitingWorkEmails = {
  each: "An email for each new example or report",
  daily: "One email each morning, when something is waiting",
  none: "No emails",
} as const;
export type WaitingWorkEmails = keyof typeof waitingWorkEmails;
export type MailJobKind = (typeof mailJobKinds)[number];

/** How each status reads on the moderators' Email page. */
export const messageStatusLabels: Record<MessageStatus, string> = {
  queued: "Waiting to send",
  sent: "Sent",
  failed: "Failed",
};

/** Status names as moderators see them. */
export const statusLabels: Record<ExampleStatus, string> = {
  pending: "Waiting for review",
  published: "Published",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};

/**
 * How far an idea has got. Chosen by the person who shares it; a moderator can correct it. The
 * definitions are shown on /labels, which every label links to.
 */
export const stages = {
  idea: "Idea",
  pilot: "Pilot",
  "routine-use": "In routine use",
  sustained: "Sustained for 12 months or more",
  stopped: "Stopped",
} as const;
export type Stage = keyof typeof stages;

export const stageDefinitions: Record<Stage, string> = {
  idea: "Planned or proposed, but not yet tried with patients or staff.",
  pilot:
    "Being tried on a small scale or for a limited time, for example on one ward, to see whether it works.",
  "routine-use":
    "Part of how the service normally works, beyond a pilot, for less than 12 months so far.",
  sustained:
    "Part of how the service normally works, and has been for 12 months or more.",
  stopped:
    "Tried and then stopped. What was learned is still worth sharing, so the example stays.",
};

/** How the results were shown, strongest first. */
export const evidenceLevels = {
  "control-group": "Compared with a control group",
  "over-time": "Measured over time",
  "before-after": "Measured before and after",
  described: "Described, not measured",
} as const;
export type EvidenceLevel = keyof typeof evidenceLevels;

/** Given only by a moderator, to an example with a measure of this many results or more. */
export const overTimeEvidence = {
  level: "over-time",
  fewestPoints: 12,
} as const satisfies { level: EvidenceLevel; fewestPoints: number };

/** The evidence labels a person sending an example may choose. */
export const sentEvidenceLevels = Object.fromEntries(
  Object.entries(evidenceLevels).filter(
    ([level]) => level !== overTimeEvidence.level,
  ),
) as Omit<typeof evidenceLevels, typeof overTimeEvidence.level>;

export const evidenceDefinitions: Record<EvidenceLevel, string> = {
  "control-group":
    "Results were compared with a similar group of patients, staff or services that did not have the change, at the same time.",
  "over-time":
    "The same thing was measured every month or week, before and after the change, and shown as a statistical process control chart. A moderator gives this label when a measure has 12 or more results.",
  "before-after":
    "The same thing was measured before and after the change. Other things may also have changed in between, so the change may not be the only reason for a difference.",
  described:
    "The work and its results are described in words, without measurements.",
};

/** Which way a measure over time is better, as its form asks and its chart reads it. */
export const measureDirections = {
  higher: "Higher is better",
  lower: "Lower is better",
  neither: "Neither: it should stay within a range",
} as const;
export type MeasureDirection = keyof typeof measureDirections;

/** Shown beside the evidence label until a moderator has seen the evaluation itself. */
export const selfReportedLabel = "Self-reported";

/** The values of the "results shown over time" filter. */
export const overTimeOptions = { yes: "Results shown over time" } as const;

/** The values of the "tried elsewhere" filter. */
export const triedOptions = { yes: "Tried elsewhere" } as const;

/** Whether a team that tried an example still does it. */
export const adoptionStates = {
  running: "Still running",
  stopped: "Stopped",
} as const;
export type AdoptionState = keyof typeof adoptionStates;

/** How often a running cost is paid. */
export const costPeriods = { month: "a month", year: "a year" } as const;
export type CostPeriod = keyof typeof costPeriods;

/** Over what time the staff hours were given. */
export const staffTimePeriods = {
  week: "a week",
  month: "a month",
  year: "a year",
  total: "in total",
} as const;
export type StaffTimePeriod = keyof typeof staffTimePeriods;

/** How many results a search found, as insights count it (never the exact number). */
export const resultBands = ["none", "few", "more"] as const;
export type ResultBand = (typeof resultBands)[number];

/** Results on each page of a search, on screen. */
export const resultsPerPage = 20;

/**
 * What a token in one of our links looks like: base64url, 20 to 64 characters. Anything else in
 * its place (a line break, an accented letter) is refused before it reaches a query, a redirect
 * or a header.
 */
export const tokenPattern = /^[\w-]{20,64}$/;

/** Whether a value could be a token of ours. */
export const isTokenShaped = (value: unknown): value is string =>
  typeof value === "string" && tokenPattern.test(value);
