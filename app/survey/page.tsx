import type { Metadata } from "next";
import Link from "@/components/link";
import { SurveyChart } from "@/components/survey-chart";
import { SurveyHeadlines } from "@/components/survey-headlines";
import {
  reportedTotal,
  responseLabels,
  type ResponseShares,
} from "@/components/survey-figures";
import { ResponsiveTable } from "@/components/responsive-table";
import { listSurveyStatements } from "@/db/catalogue";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Survey results" };

const responses = Object.entries(responseLabels) as [
  keyof ResponseShares,
  string,
][];

export default async function SurveyPage() {
  const statements = await listSurveyStatements();
  const first = statements[0];
  return (
    <>
      <h1>Survey results</h1>
      <p className="nhsuk-lede-text">
        In autumn 2023 NHS Providers surveyed NHS trust leaders about innovation
        and improvement in their trusts.
      </p>
      {first ? (
        <p>
          Source:{" "}
          <a href={first.sourceUrl}>
            {first.sourceTitle}, chapter ‘{first.sourceChapter}’
          </a>
          . Figures are percentages of trust leaders who answered, exactly as
          reported.
        </p>
      ) : null}

      <h2>Headline figures</h2>
      <SurveyHeadlines statements={statements} />

      <h2>All answers</h2>
      <SurveyChart statements={statements} />

      <ResponsiveTable
        caption="Trust leaders’ answers to each statement (percent)"
        captionShown
        rows={statements}
        rowKey={(statement) => statement.slug}
        rowId={(statement) => statement.slug}
        columns={[
          {
            header: "Statement",
            rowHeader: true,
            cell: (statement) => <StatementCell statement={statement} />,
          },
          ...responses.map(([key, label]) => ({
            header: label,
            numeric: true,
            cell: (statement: Statement) => {
              const share = statement[key];
              return share === null ? "Not reported" : `${share}%`;
            },
          })),
        ]}
      />
    </>
  );
}

type Statement = Awaited<ReturnType<typeof listSurveyStatements>>[number];

/** The statement, with its themes, any note, and a total that is not 100. */
function StatementCell({ statement }: { statement: Statement }) {
  const total = reportedTotal(statement);
  return (
    <>
      {statement.statement}
      {statement.themes.map((theme) => (
        <span
          key={theme.slug}
          className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-font-weight-normal nhsuk-u-margin-bottom-0"
        >
          Theme: <Link href={`/themes/${theme.slug}`}>{theme.name}</Link>
        </span>
      ))}
      {statement.note ? (
        <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-font-weight-normal nhsuk-u-margin-bottom-0">
          {statement.note}
        </span>
      ) : null}
      {total !== 100 ? (
        <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-font-weight-normal nhsuk-u-margin-bottom-0">
          Figures as reported; they add up to {total}%.
        </span>
      ) : null}
    </>
  );
}
