import {
  agreedShare,
  headlineSentence,
  type ResponseShares,
} from "./survey-figures";

type Statement = ResponseShares & { slug: string; finding: string };

/** The survey's headline figures: the share agreeing in large type, then the full sentence. */
export function SurveyHeadlines({ statements }: { statements: Statement[] }) {
  return (
    <ul className="app-figure-list">
      {statements.map((statement) => (
        <li key={statement.slug} className="app-figure">
          {/* Hidden from screen readers: the sentence below starts with the same figure. */}
          <p
            className="app-figure__value nhsuk-u-margin-bottom-1"
            aria-hidden="true"
          >
            {agreedShare(statement)}%
          </p>
          <p className="nhsuk-body-s">{headlineSentence(statement)}</p>
        </li>
      ))}
    </ul>
  );
}
