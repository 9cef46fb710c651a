// Fixed lists shared by the schema, the forms and the browser: no server code here.

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

/** Status names as moderators see them. */
export const statusLabels: Record<ExampleStatus, string> = {
  pending: "Waiting for review",
  published: "Published",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
};
