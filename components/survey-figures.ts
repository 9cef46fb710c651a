/** The five response shares of a survey statement, in percent; null where not reported. */
export type ResponseShares = {
  stronglyAgree: number | null;
  agree: number | null;
  neither: number | null;
  disagree: number | null;
  stronglyDisagree: number | null;
};

export const responseLabels = {
  stronglyAgree: "Strongly agree",
  agree: "Agree",
  neither: "Neither agree nor disagree",
  disagree: "Disagree",
  stronglyDisagree: "Strongly disagree",
} as const satisfies Record<keyof ResponseShares, string>;

const responseKeys = Object.keys(responseLabels) as (keyof ResponseShares)[];

const sum = (values: (number | null)[]) =>
  values.reduce<number>((total, value) => total + (value ?? 0), 0);

/** Share who agreed or strongly agreed, as the report adds them up. */
export function agreedShare(shares: ResponseShares): number {
  return sum([shares.stronglyAgree, shares.agree]);
}

/** Share who disagreed or strongly disagreed. */
export function disagreedShare(shares: ResponseShares): number {
  return sum([shares.disagree, shares.stronglyDisagree]);
}

/** What the reported shares add up to; not always 100, and never adjusted. */
export function reportedTotal(shares: ResponseShares): number {
  return sum(responseKeys.map((key) => shares[key]));
}

/** "89% of trust leaders agreed that ... (31% strongly agreed, 58% agreed)". */
export function headlineSentence(
  statement: ResponseShares & { finding: string },
): string {
  const parts = [
    statement.stronglyAgree !== null &&
      `${statement.stronglyAgree}% strongly agreed`,
    statement.agree !== null && `${statement.agree}% agreed`,
  ].filter(Boolean);
  return `${agreedShare(statement)}% of trust leaders agreed that ${statement.finding} (${parts.join(", ")}).`;
}
