import type { Metadata } from "next";
import Link from "@/components/link";
import { SurveyChart } from "@/components/survey-chart";
import { SurveyHeadlines } from "@/components/survey-headlines";
import {
  reportedTotal,
  responseLabels,
  type ResponseShares,
} from "@/components/survey-figures";
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

      <div className="nhsuk-scroll" data-module="nhsuk-scroll">
        <div
          className="nhsuk-scroll__content"
          role="region"
          aria-labelledby="survey-table-caption"
        >
          <table className="nhsuk-table">
            <caption
              className="nhsuk-table__caption nhsuk-table__caption--m"
              id="survey-table-caption"
            >
              Trust leaders’ answers to each statement (percent)
            </caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">
                  Statement
                </th>
                {responses.map(([key, label]) => (
                  <th
                    key={key}
                    scope="col"
                    className="nhsuk-table__header nhsuk-table__header--numeric"
                  >
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {statements.map((statement) => {
                const total = reportedTotal(statement);
                return (
                  <tr
                    key={statement.slug}
                    id={statement.slug}
                    className="nhsuk-table__row"
                  >
                    <th scope="row" className="nhsuk-table__header">
                      {statement.statement}
                      {statement.themes.map((theme) => (
                        <span
                          key={theme.slug}
                          className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-font-weight-normal"
                        >
                          Theme:{" "}
                          <Link href={`/themes/${theme.slug}`}>
                            {theme.name}
                          </Link>
                        </span>
                      ))}
                      {statement.note ? (
                        <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-font-weight-normal">
                          {statement.note}
                        </span>
                      ) : null}
                      {total !== 100 ? (
                        <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-font-weight-normal">
                          Figures as reported; they add up to {total}%.
                        </span>
                      ) : null}
                    </th>
                    {responses.map(([key]) => {
                      const share = statement[key];
                      return (
                        <td
                          key={key}
                          className="nhsuk-table__cell nhsuk-table__cell--numeric"
                        >
                          {share === null ? "Not reported" : `${share}%`}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
