import { sql, type SQL } from "drizzle-orm";
import { tableChecks, type ReferencePattern } from "@/db/core/checks";
import {
  contactColumns,
  moderatedColumns,
  resourceColumns,
  type ColumnKit,
} from "@/db/core/column-groups";
import { relationsOf } from "@/db/core/relations";
import {
  adoptionStates,
  careSettings,
  costPeriods,
  evidenceLevels,
  exampleStatuses,
  accountActions,
  messageStatuses,
  alertFrequencies,
  mailJobKinds,
  waitingWorkEmails,
  type AlertFrequency,
  type WaitingWorkEmails,
  moderationActions,
  moderatorRoles,
  secondSteps,
  resultBands,
  regions,
  stages,
  staffTimePeriods,
  type AdoptionState,
  type MeasureDirection,
  type CareSetting,
  type CostPeriod,
  type EvidenceLevel,
  type Region,
  type Stage,
  type StaffTimePeriod,
} from "@/db/options";
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

const timestamp = (name: string) => integer(name, { mode: "timestamp" });

const keysOf = <T extends string>(options: Record<T, string>) =>
  Object.keys(options) as [T, ...T[]];

/** How each kind of shared column (db/core/column-groups.ts) is spelt in SQLite. */
const kit = {
  text: (name: string) => text(name),
  uniqueText: (name: string) => text(name).unique(),
  flag: (name: string) => integer(name, { mode: "boolean" }),
  integer: (name: string) => integer(name),
  number: (name: string) => real(name),
  version: (name: string) => integer(name).notNull().default(1),
  status: (name: string) =>
    text(name, { enum: exampleStatuses }).notNull().default("pending"),
  requiredTime: (name: string) => timestamp(name).notNull(),
  time: (name: string) => timestamp(name),
  costPeriod: (name: string) =>
    text(name, { enum: keysOf<CostPeriod>(costPeriods) }),
  staffPeriod: (name: string) =>
    text(name, { enum: keysOf<StaffTimePeriod>(staffTimePeriods) }),
} satisfies ColumnKit;

/** SQLite has no regular expressions: GLOB with four digit classes. */
const referencePattern: ReferencePattern = (column, prefix) =>
  sql`${column} GLOB ${sql.raw(`'${prefix}-[0-9][0-9][0-9][0-9]*'`)}`;

/** The table CHECKs written once in db/core/checks.ts, in this dialect. */
const checks = (named: Record<string, SQL>) =>
  Object.entries(named).map(([name, value]) => check(name, value));

export const examples = sqliteTable(
  "examples",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Permanent once published: a new title gets a new slug and a redirect from the old one. */
    slug: text("slug").notNull().unique(),
    /** Human-readable and quotable, for example IX-0007. */
    reference: text("reference").notNull().unique(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    problem: text("problem").notNull(),
    approach: text("approach").notNull(),
    impact: text("impact").notNull(),
    learning: text("learning"),
    organisation: text("organisation"),
    careSetting: text("care_setting", {
      enum: Object.keys(careSettings) as [CareSetting, ...CareSetting[]],
    }),
    region: text("region", {
      enum: Object.keys(regions) as [Region, ...Region[]],
    }),
    keywords: text("keywords", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    sourceTitle: text("source_title"),
    sourceChapter: text("source_chapter"),
    sourceUrl: text("source_url"),
    /** For content from a report, the period it describes, for example "Reported by trust leaders in autumn 2023". */
    sourcePeriod: text("source_period"),
    ...contactColumns(kit),
    /** A page with more about the work; only http(s) addresses are ever stored or linked. */
    moreInfoUrl: text("more_info_url"),
    ...moderatedColumns(kit),
    /** When its content was last confirmed as current: by a moderator, or by its source report. */
    confirmedAt: timestamp("confirmed_at"),
    /** Two years after confirmedAt: see reviewDueFrom. */
    reviewDueAt: timestamp("review_due_at"),
    /**
     * The SHA-256 of the token in the links of "Is this still running?", sent to its team when
     * the review date passed: the link carries the token, the database only its hash.
     */
    reviewTokenHash: text("review_token_hash").unique(),
    reviewAskedAt: timestamp("review_asked_at"),
    /** Since when it waits in the moderators' queue for review: no team, stopped, or no answer. */
    dueForReviewAt: timestamp("due_for_review_at"),
    /** How far the idea has got; NULL where no one has said ("Not stated"). */
    stage: text("stage", { enum: keysOf<Stage>(stages) }),
    /** How its results were shown; NULL where no one has said. */
    evidence: text("evidence", { enum: keysOf<EvidenceLevel>(evidenceLevels) }),
    /** True once a moderator has seen the evaluation; until then the evidence is "self-reported". */
    evidenceChecked: integer("evidence_checked", { mode: "boolean" })
      .notNull()
      .default(false),
    /** Published "we tried this too" reports; kept by triggers on adoption_reports, never typed. */
    publishedReportCount: integer("published_report_count")
      .notNull()
      .default(0),
    ...resourceColumns(kit),
  },
  (table) => [
    index("examples_status_published_idx").on(table.status, table.publishedAt),
    index("examples_status_title_idx").on(table.status, table.title),
    index("examples_care_setting_idx").on(table.careSetting),
    // Lets search count and filter its matches without reading whole rows.
    index("examples_facets_idx").on(
      table.id,
      table.status,
      table.careSetting,
      table.stage,
      table.evidence,
      table.publishedReportCount,
    ),
    // Stage, evidence and costs are CHECKs on their own columns in the database: migration 0007
    // added them with the columns, since a table CHECK would make drizzle-kit rebuild the table,
    // and dropping it would cascade to every table that refers to examples. They are declared
    // here, and in 0007's snapshot, so that drizzle-kit sees nothing to do and the drift test
    // (db/core/schema.test.ts) finds them on every column they name.
    ...checks(tableChecks.examples(table, referencePattern)),
  ],
);

/**
 * "We tried this too": a team's report of trying a published example. Moderated like an example;
 * shown under it once published.
 */
export const adoptionReports = sqliteTable(
  "adoption_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Human-readable and quotable, for example TR-0003. */
    reference: text("reference").notNull().unique(),
    exampleId: integer("example_id")
      .notNull()
      .references(() => examples.id, { onDelete: "cascade" }),
    organisation: text("organisation"),
    careSetting: text("care_setting", {
      enum: keysOf<CareSetting>(careSettings),
    }).notNull(),
    region: text("region", { enum: keysOf<Region>(regions) }),
    /** What they changed from the original. */
    changes: text("changes").notNull(),
    /** What happened, with figures where they have them. */
    results: text("results").notNull(),
    state: text("state", {
      enum: keysOf<AdoptionState>(adoptionStates),
    }).notNull(),
    /** Why they stopped: required when state is "stopped". */
    stoppedReason: text("stopped_reason"),
    ...contactColumns(kit),
    ...moderatedColumns(kit),
    ...resourceColumns(kit),
  },
  (table) => [
    index("adoption_reports_example_idx").on(table.exampleId, table.status),
    index("adoption_reports_status_idx").on(table.status, table.createdAt),
    ...checks(tableChecks.adoptionReports(table, referencePattern)),
  ],
);

/**
 * "Is this your trust's work?": a team's claim to an example that names no one (the seeded ones).
 * Moderated like a submission; approving it makes the claimant the example's contact.
 */
export const exampleClaims = sqliteTable(
  "example_claims",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Human-readable and quotable, for example CL-0002. */
    reference: text("reference").notNull().unique(),
    exampleId: integer("example_id")
      .notNull()
      .references(() => examples.id, { onDelete: "cascade" }),
    /** The claimant's NHS organisation. */
    organisation: text("organisation").notNull(),
    /** Their part in the work, for the moderator to check. */
    involvement: text("involvement").notNull(),
    ...contactColumns(kit),
    ...moderatedColumns(kit),
    /** Who approved or rejected it, and the reason for a rejection. */
    decidedBy: integer("decided_by").references(() => moderators.id),
    reason: text("reason"),
  },
  (table) => [
    index("example_claims_status_idx").on(table.status, table.createdAt),
    index("example_claims_example_idx").on(table.exampleId),
  ],
);

/** Measured outcomes of an example or of an adoption report (exactly one of the two). */
export const outcomes = sqliteTable(
  "outcomes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    exampleId: integer("example_id").references(() => examples.id, {
      onDelete: "cascade",
    }),
    reportId: integer("report_id").references(() => adoptionReports.id, {
      onDelete: "cascade",
    }),
    /** Order on the page, from 0. */
    position: integer("position").notNull(),
    /** What was measured, for example "Average length of stay". */
    measure: text("measure").notNull(),
    before: real("before").notNull(),
    after: real("after").notNull(),
    /** For example "days", "%" or "patients a month". */
    unit: text("unit").notNull(),
    /** When it was measured, for example "April to September 2024". */
    period: text("period").notNull(),
  },
  (table) => [
    index("outcomes_example_idx").on(table.exampleId),
    index("outcomes_report_idx").on(table.reportId),
    ...checks(tableChecks.outcomes(table)),
  ],
);

/**
 * A measure over time of an example or of an adoption report (exactly one of the two): its
 * points are in measure_points, and its chart is worked out from them when it is shown.
 */
export const measures = sqliteTable(
  "measures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    exampleId: integer("example_id").references(() => examples.id, {
      onDelete: "cascade",
    }),
    reportId: integer("report_id").references(() => adoptionReports.id, {
      onDelete: "cascade",
    }),
    /** Order on the page, from 0. */
    position: integer("position").notNull(),
    /** For example "Average length of stay". */
    name: text("name").notNull(),
    /** For example "days" or "%". */
    unit: text("unit").notNull(),
    better: text("better").$type<MeasureDirection>().notNull(),
    target: real("target"),
  },
  (table) => [
    index("measures_example_idx").on(table.exampleId),
    index("measures_report_idx").on(table.reportId),
    ...checks(tableChecks.measures(table)),
  ],
);

/** A measure's points: one a date, each with an optional note, and where a new period starts. */
export const measurePoints = sqliteTable(
  "measure_points",
  {
    measureId: integer("measure_id")
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    /** YYYY-MM-DD. */
    date: text("date").notNull(),
    value: real("value").notNull(),
    note: text("note"),
    /** The first point after a change: the limits are worked out again from here. */
    rebase: integer("rebase", { mode: "boolean" }).notNull().default(false),
  },
  (table) => [
    primaryKey({ columns: [table.measureId, table.date] }),
    ...checks(tableChecks.measurePoints(table)),
  ],
);

export const themes = sqliteTable("themes", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull(),
});

export const exampleThemes = sqliteTable(
  "example_themes",
  {
    exampleId: integer("example_id")
      .notNull()
      .references(() => examples.id, { onDelete: "cascade" }),
    themeId: integer("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (table) => [
    primaryKey({ columns: [table.exampleId, table.themeId] }),
    index("example_themes_theme_idx").on(table.themeId),
  ],
);

export const surveyStatements = sqliteTable(
  "survey_statements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    surveyName: text("survey_name").notNull(),
    surveyYear: integer("survey_year").notNull(),
    /** The statement as put to respondents, for example "Our trust board has ...". */
    statement: text("statement").notNull(),
    /** The same statement as a finding about respondents: "their trust board has ...". */
    finding: text("finding").notNull(),
    /** A short form for the chart, for example "Board focus on digital innovation". */
    chartLabel: text("chart_label"),
    /** Percentages as reported; NULL where the report gives no figure (never 0). */
    stronglyAgree: integer("strongly_agree"),
    agree: integer("agree"),
    neither: integer("neither"),
    disagree: integer("disagree"),
    stronglyDisagree: integer("strongly_disagree"),
    /** What the report says about its own figures, for example an unsplit "3% disagreed". */
    note: text("note"),
    sourceTitle: text("source_title").notNull(),
    sourceChapter: text("source_chapter"),
    sourceUrl: text("source_url").notNull(),
    position: integer("position").notNull(),
  },
  (table) => [...checks(tableChecks.surveyStatements(table))],
);

export const statementThemes = sqliteTable(
  "statement_themes",
  {
    statementId: integer("statement_id")
      .notNull()
      .references(() => surveyStatements.id, { onDelete: "cascade" }),
    themeId: integer("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.statementId, table.themeId] })],
);

/** Old slugs of examples whose title changed, so shared links keep working. */
export const slugRedirects = sqliteTable("slug_redirects", {
  oldSlug: text("old_slug").primaryKey(),
  exampleId: integer("example_id")
    .notNull()
    .references(() => examples.id, { onDelete: "cascade" }),
  createdAt: timestamp("created_at").notNull(),
});

export const moderators = sqliteTable(
  "moderators",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Stored in lower case, so sign-in does not depend on how it was typed. */
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    /**
     * scrypt, with its parameters and salt: see db/accounts/passwords.ts. Empty for an account
     * made through single sign-on, which no password matches (NOT NULL stays: SQLite cannot relax
     * it without rebuilding a table others refer to).
     */
    passwordHash: text("password_hash").notNull(),
    /** Moderators moderate; admins also invite and remove people (db/options moderatorRoles). */
    role: text("role", { enum: moderatorRoles }).notNull().default("moderator"),
    createdAt: timestamp("created_at").notNull(),
    lastSignedInAt: timestamp("last_signed_in_at"),
    /** Set when an admin removes the account: it can no longer sign in, its history stays. */
    removedAt: timestamp("removed_at"),
    /** The shared key of the person's authenticator app (RFC 6238), when two-step is on. */
    totpSecret: text("totp_secret"),
    /** The last 30-second step whose code was accepted: no code is accepted twice. */
    totpLastStep: integer("totp_last_step"),
    /** Emails about waiting work: each new item, a daily summary, or none (waitingWorkEmails). */
    waitingWorkEmails: text("waiting_work_emails", {
      enum: Object.keys(waitingWorkEmails) as [
        WaitingWorkEmails,
        ...WaitingWorkEmails[],
      ],
    })
      .notNull()
      .default("daily"),
    /** Who the identity provider says this is ("<issuer> <sub>"), from the first single sign-on. */
    ssoSubject: text("sso_subject").unique(),
  },
  (table) => [...checks(tableChecks.moderators(table))],
);

/**
 * Signed-in moderators. Only a hash of each session token is kept, so a copy of the database
 * cannot sign anyone in. A session ends 8 hours after sign-in or 30 minutes after it was last
 * used, whichever comes first.
 */
export const moderatorSessions = sqliteTable(
  "moderator_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    moderatorId: integer("moderator_id")
      .notNull()
      .references(() => moderators.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at").notNull(),
    lastSeenAt: timestamp("last_seen_at").notNull(),
    expiresAt: timestamp("expires_at").notNull(),
    /** Browser and system, as "Firefox on Windows": never the whole user agent or the address. */
    browser: text("browser").notNull(),
  },
  (table) => [
    index("moderator_sessions_expiry_idx").on(table.expiresAt),
    index("moderator_sessions_moderator_idx").on(table.moderatorId),
  ],
);

/**
 * A correct password on its way through the second step (a code, or setting up two-step sign-in
 * for an admin): the browser's cookie holds the token, this row its SHA-256. Used once: finishing
 * the step deletes it, so a copy of the cookie is worthless afterwards.
 */
export const signInSteps = sqliteTable(
  "sign_in_steps",
  {
    tokenHash: text("token_hash").primaryKey(),
    moderatorId: integer("moderator_id")
      .notNull()
      .references(() => moderators.id, { onDelete: "cascade" }),
    step: text("step", { enum: secondSteps }).notNull(),
    expiresAt: timestamp("expires_at").notNull(),
  },
  (table) => [
    index("sign_in_steps_expiry_idx").on(table.expiresAt),
    ...checks(tableChecks.signInSteps(table)),
  ],
);

/** Ten single-use codes for signing in without the authenticator app; only their hashes are kept. */
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    codeHash: text("code_hash").primaryKey(),
    moderatorId: integer("moderator_id")
      .notNull()
      .references(() => moderators.id, { onDelete: "cascade" }),
    usedAt: timestamp("used_at"),
  },
  (table) => [index("recovery_codes_moderator_idx").on(table.moderatorId)],
);

/**
 * Failed sign-ins per account, shared by every client and instance. Keyed by a hash of the email
 * typed, whether or not an account has it, so a lock-out tells nobody which addresses exist.
 * A row goes a day after its last failure, or at a successful sign-in.
 */
export const signInThrottles = sqliteTable(
  "sign_in_throttles",
  {
    accountKey: text("account_key").primaryKey(),
    failures: integer("failures").notNull(),
    lastFailureAt: timestamp("last_failure_at").notNull(),
    lockedUntil: timestamp("locked_until"),
  },
  (table) => [
    index("sign_in_throttles_last_failure_idx").on(table.lastFailureAt),
  ],
);

/** An admin's invitation to moderate: a link whose token only the invited person has. */
export const moderatorInvitations = sqliteTable(
  "moderator_invitations",
  {
    tokenHash: text("token_hash").primaryKey(),
    /** Lower case, as moderators.email. */
    email: text("email").notNull().unique(),
    role: text("role", { enum: moderatorRoles }).notNull(),
    invitedBy: integer("invited_by")
      .notNull()
      .references(() => moderators.id),
    createdAt: timestamp("created_at").notNull(),
    expiresAt: timestamp("expires_at").notNull(),
  },
  (table) => [...checks(tableChecks.moderatorInvitations(table))],
);

/**
 * Who signed in, failed, was locked out, changed a role or a second factor, and when. Never
 * deleted; holds no address, browser or password.
 */
export const accountEvents = sqliteTable(
  "account_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Whose account it is about. */
    moderatorId: integer("moderator_id")
      .notNull()
      .references(() => moderators.id),
    /** Who did it, when not the account's owner (an admin). */
    actorId: integer("actor_id").references(() => moderators.id),
    action: text("action", { enum: accountActions }).notNull(),
    /** For example the new role. */
    detail: text("detail"),
    createdAt: timestamp("created_at").notNull(),
  },
  (table) => [
    index("account_events_moderator_idx").on(
      table.moderatorId,
      table.createdAt,
    ),
    ...checks(tableChecks.accountEvents(table)),
  ],
);

/**
 * Every email the app sends, written in the same transaction as what caused it and sent later by
 * whichever instance claims it (db/mail/sending.ts), so none is lost if the mail server is away.
 * A row is deleted 30 days after its last attempt, once it was sent or given up on.
 */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The email's own Message-ID, made when it is queued, so a resend is recognisably the same. */
    messageId: text("message_id").notNull().unique(),
    /** The form's one-off key, for a message a person sent: the same key twice queues it once. */
    idempotencyKey: text("idempotency_key").unique(),
    /** Which template wrote it (db/mail/templates.ts). */
    kind: text("kind").notNull(),
    recipient: text("recipient").notNull(),
    /** Where a reply goes, when not to nobody (a message forwarded from a member of staff). */
    replyTo: text("reply_to"),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    /**
     * For one of many messages with the same body (a publish's alerts): that body, in
     * message_bodies, and this recipient's own values for its slots; textBody and htmlBody are
     * then empty. See db/mail/shared.ts.
     */
    bodyId: integer("body_id"),
    fills: text("fills", { mode: "json" }).$type<Record<string, string>>(),
    /** Further headers, such as List-Unsubscribe. */
    headers: text("headers", { mode: "json" }).$type<Record<string, string>>(),
    status: text("status", { enum: messageStatuses })
      .notNull()
      .default("queued"),
    attempts: integer("attempts").notNull().default(0),
    /** When it may next be tried: now when queued, later after a temporary failure. */
    nextAttemptAt: timestamp("next_attempt_at").notNull(),
    /** Set while an instance is sending it; past this, another instance may try again. */
    claimedUntil: timestamp("claimed_until"),
    createdAt: timestamp("created_at").notNull(),
    /** After this, a temporary failure is final: a day after it was queued or sent again. */
    giveUpAt: timestamp("give_up_at").notNull(),
    lastAttemptAt: timestamp("last_attempt_at"),
    sentAt: timestamp("sent_at"),
    /** The mail server's last answer: its acceptance, or why it refused. */
    serverAnswer: text("server_answer"),
  },
  (table) => [
    index("outbox_due_idx").on(table.status, table.nextAttemptAt),
    index("outbox_created_idx").on(table.createdAt),
    index("outbox_last_attempt_idx").on(table.lastAttemptAt),
    index("outbox_body_idx").on(table.bodyId),
    ...checks(tableChecks.outbox(table)),
  ],
);

/** A body many outbox messages share, with slots for each recipient's own values. */
export const messageBodies = sqliteTable("message_bodies", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  textBody: text("text_body").notNull(),
  htmlBody: text("html_body").notNull(),
  createdAt: timestamp("created_at").notNull(),
});

/**
 * Email alerts: an address, the search filters it follows and how often. A row is made when
 * someone asks, confirmed from the email it sends, and deleted on unsubscribing; one never
 * confirmed goes after 7 days. No account: the token in each email's links is the key
 * (alertLinks keeps their hashes).
 */
export const subscriptions = sqliteTable(
  "subscriptions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    /** The search it follows: words, themes and the one-value filters (AlertFilters). */
    filters: text("filters", { mode: "json" }).$type<AlertFilters>().notNull(),
    /** The filters in words, as the form and every email say them. */
    description: text("description").notNull(),
    frequency: text("frequency", {
      enum: Object.keys(alertFrequencies) as [
        AlertFrequency,
        ...AlertFrequency[],
      ],
    }).notNull(),
    createdAt: timestamp("created_at").notNull(),
    confirmedAt: timestamp("confirmed_at"),
    /** Digests send what was published after this. */
    lastSentAt: timestamp("last_sent_at"),
  },
  (table) => [
    index("subscriptions_frequency_idx").on(table.frequency, table.confirmedAt),
    ...checks(tableChecks.subscriptions(table)),
  ],
);

/**
 * The links in an alert's emails: each email has a token of its own in its confirm, manage and
 * unsubscribe links, and only its SHA-256 is kept. When the alert stops, its links stay a while
 * with no alert (stoppedAt), so that an old link can say the emails have stopped; nothing in them
 * is about a person.
 */
export const alertLinks = sqliteTable(
  "alert_links",
  {
    tokenHash: text("token_hash").primaryKey(),
    /** NULL once the alert has stopped. */
    subscriptionId: integer("subscription_id").references(
      () => subscriptions.id,
      { onDelete: "cascade" },
    ),
    createdAt: timestamp("created_at").notNull(),
    stoppedAt: timestamp("stopped_at"),
  },
  (table) => [
    index("alert_links_subscription_idx").on(table.subscriptionId),
    index("alert_links_created_idx").on(table.createdAt),
  ],
);

/**
 * The "stop these messages" link in each message forwarded to a team: its token's SHA-256 and the
 * example (or report) whose forwarding it stops. Kept 13 months, as long as an email is likely
 * to be opened; nothing in it is about a person.
 */
export const forwardingStopLinks = sqliteTable(
  "forwarding_stop_links",
  {
    tokenHash: text("token_hash").primaryKey(),
    exampleId: integer("example_id")
      .notNull()
      .references(() => examples.id, { onDelete: "cascade" }),
    /** The report it is about, or NULL for the example itself. */
    reportId: integer("report_id").references(() => adoptionReports.id, {
      onDelete: "cascade",
    }),
    createdAt: timestamp("created_at").notNull(),
  },
  (table) => [
    index("forwarding_stop_links_created_idx").on(table.createdAt),
    index("forwarding_stop_links_example_idx").on(table.exampleId),
    index("forwarding_stop_links_report_idx").on(table.reportId),
  ],
);

/**
 * Work the senders do later, claimed by one instance like the outbox: turning a publish into its
 * alerts, and each day's and week's digests. `key` makes a digest's row once, however many
 * instances schedule it.
 */
export const mailJobs = sqliteTable(
  "mail_jobs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: mailJobKinds }).notNull(),
    key: text("key").notNull().unique(),
    exampleId: integer("example_id").references(() => examples.id, {
      onDelete: "cascade",
    }),
    dueAt: timestamp("due_at").notNull(),
    claimedUntil: timestamp("claimed_until"),
    doneAt: timestamp("done_at"),
  },
  (table) => [
    index("mail_jobs_due_idx").on(table.doneAt, table.dueAt),
    ...checks(tableChecks.mailJobs(table)),
  ],
);

/** Who did what to an example and when: submissions, edits and decisions. Never deleted. */
export const moderationEvents = sqliteTable(
  "moderation_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    exampleId: integer("example_id")
      .notNull()
      .references(() => examples.id, { onDelete: "cascade" }),
    /** Set when the event is about a "we tried this too" report on the example. */
    reportId: integer("report_id").references(() => adoptionReports.id, {
      onDelete: "cascade",
    }),
    /** NULL when the person who submitted the example did it. */
    moderatorId: integer("moderator_id").references(() => moderators.id),
    action: text("action", { enum: moderationActions }).notNull(),
    reason: text("reason"),
    /** For edits: each changed field with its old and new value. */
    changes: text("changes", { mode: "json" }).$type<FieldChanges>(),
    createdAt: timestamp("created_at").notNull(),
  },
  (table) => [
    index("moderation_events_example_idx").on(table.exampleId),
    index("moderation_events_report_idx").on(table.reportId),
    ...checks(tableChecks.moderationEvents(table)),
  ],
);

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

export const {
  examplesRelations,
  moderationEventsRelations,
  themesRelations,
  exampleThemesRelations,
  surveyStatementsRelations,
  statementThemesRelations,
  adoptionReportsRelations,
  outcomesRelations,
} = relationsOf({
  examples,
  moderationEvents,
  moderators,
  themes,
  exampleThemes,
  surveyStatements,
  statementThemes,
  adoptionReports,
  outcomes,
});

export type Example = typeof examples.$inferSelect;
export type AdoptionReport = typeof adoptionReports.$inferSelect;
export type NewAdoptionReport = typeof adoptionReports.$inferInsert;
export type ExampleClaim = typeof exampleClaims.$inferSelect;
export type Outcome = typeof outcomes.$inferSelect;
export type Measure = typeof measures.$inferSelect;
export type MeasurePoint = typeof measurePoints.$inferSelect;
export type NewExample = typeof examples.$inferInsert;
export type Theme = typeof themes.$inferSelect;
export type NewTheme = typeof themes.$inferInsert;
export type SurveyStatement = typeof surveyStatements.$inferSelect;
export type NewSurveyStatement = typeof surveyStatements.$inferInsert;
export type Moderator = typeof moderators.$inferSelect;
export type ModerationEvent = typeof moderationEvents.$inferSelect;
export type AccountEvent = typeof accountEvents.$inferSelect;
export type OutboxMessage = typeof outbox.$inferSelect;
export type Subscription = typeof subscriptions.$inferSelect;

/** The search an email alert follows: the same filters as the search page. */
export type AlertFilters = {
  q: string;
  themes: string[];
  settings: string[];
  stages: string[];
  evidence: string[];
  tried: boolean;
  /** Absent from alerts made before the filter existed: off. */
  overTime?: boolean;
};

// ---------------------------------------------------------------------------------------------
// Search insights (db/insights): counts per day that identify nobody, and moderators' words.

/**
 * How often a query was searched on a day, with which filters and how many results (none, 1 to
 * 3, more). Holds the query as the search read it, never who searched. Deleted after 13 months.
 */
export const searchCounts = sqliteTable(
  "search_counts",
  {
    day: text("day").notNull(),
    query: text("query").notNull(),
    filters: text("filters").notNull().default(""),
    results: text("results", { enum: resultBands }).notNull(),
    searches: integer("searches").notNull(),
  },
  (table) => [
    primaryKey({
      columns: [table.day, table.query, table.filters, table.results],
    }),
    // Both cover what the Insights reports read, so they never visit the table itself.
    index("search_counts_query_idx").on(
      table.query,
      table.day,
      table.results,
      table.searches,
    ),
    index("search_counts_day_idx").on(table.day, table.results, table.searches),
  ],
);

/** How often an example was opened from a list of results, for which query, at which position. */
export const searchOpens = sqliteTable(
  "search_opens",
  {
    day: text("day").notNull(),
    query: text("query").notNull(),
    exampleId: integer("example_id")
      .notNull()
      .references(() => examples.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    opens: integer("opens").notNull(),
  },
  (table) => [
    primaryKey({
      columns: [table.day, table.query, table.exampleId, table.position],
    }),
    index("search_opens_example_idx").on(table.exampleId),
    index("search_opens_query_idx").on(table.query, table.day),
    index("search_opens_day_idx").on(
      table.day,
      table.exampleId,
      table.position,
      table.opens,
    ),
  ],
);

/** How often an example's team was sent a message through "Contact the team", by day. */
export const exampleContacts = sqliteTable(
  "example_contacts",
  {
    day: text("day").notNull(),
    exampleId: integer("example_id")
      .notNull()
      .references(() => examples.id, { onDelete: "cascade" }),
    contacts: integer("contacts").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.day, table.exampleId] }),
    index("example_contacts_example_idx").on(table.exampleId, table.day),
  ],
);

/** A moderator's "this word means that one", used by the search beside db/search/nhs-terms.ts. */
/**
 * How often an example's page was viewed, by day: counted in memory by each instance (kept pages
 * too) and added here every few seconds. Nothing about the reader. Deleted after 13 months.
 */
export const exampleViews = sqliteTable(
  "example_views",
  {
    day: text("day").notNull(),
    exampleId: integer("example_id")
      .notNull()
      .references(() => examples.id, { onDelete: "cascade" }),
    views: integer("views").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.day, table.exampleId] }),
    index("example_views_example_idx").on(table.exampleId, table.day),
  ],
);

/**
 * How often an example appeared in a list of results (a search, a theme's page, the search API),
 * by day: counted like searches, within each client's allowance. Deleted after 13 months.
 */
export const exampleAppearances = sqliteTable(
  "example_appearances",
  {
    day: text("day").notNull(),
    exampleId: integer("example_id")
      .notNull()
      .references(() => examples.id, { onDelete: "cascade" }),
    appearances: integer("appearances").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.day, table.exampleId] }),
    index("example_appearances_example_idx").on(table.exampleId, table.day),
  ],
);

export const searchSynonyms = sqliteTable(
  "search_synonyms",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    word: text("word").notNull(),
    means: text("means").notNull(),
    note: text("note").notNull(),
    addedBy: integer("added_by").references(() => moderators.id, {
      onDelete: "set null",
    }),
    createdAt: timestamp("created_at").notNull(),
  },
  (table) => [
    uniqueIndex("search_synonyms_word_means_idx").on(table.word, table.means),
  ],
);
