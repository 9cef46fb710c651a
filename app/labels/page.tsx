import type { Metadata } from "next";
import Link from "@/components/link";
import {
  evidenceDefinitions,
  evidenceLevels,
  selfReportedLabel,
  stageDefinitions,
  stages,
  type EvidenceLevel,
  type Stage,
} from "@/db/options";
import { SummaryRow } from "@/components/summary-list";
import { TwoThirds } from "@/components/two-thirds";

export const metadata: Metadata = { title: "What the labels mean" };

const stageEntries = Object.entries(stages) as [Stage, string][];
const evidenceEntries = Object.entries(evidenceLevels) as [
  EvidenceLevel,
  string,
][];

/** /labels: what each stage and evidence label means; every label on an example links here. */
export default function LabelsPage() {
  return (
    <TwoThirds>
      <h1>What the labels mean</h1>
      <p className="nhsuk-lede-text">
        Each example says how far the work has got, how its results were shown,
        and whether other teams have tried it. Use them to judge how ready an
        idea is to take to your own board.
      </p>
      <p>
        The person who shares an example chooses its stage and evidence. A
        moderator checks them before the example is published.
      </p>

      <h2 id="stage">Stage</h2>
      <dl className="nhsuk-summary-list">
        {stageEntries.map(([stage, label]) => (
          <div
            key={stage}
            className="nhsuk-summary-list__row"
            id={`stage-${stage}`}
          >
            <dt className="nhsuk-summary-list__key">{label}</dt>
            <dd className="nhsuk-summary-list__value">
              {stageDefinitions[stage]}
            </dd>
          </div>
        ))}
        <SummaryRow label="Not stated" id="stage-not-stated">
          No one has said how far the work has got. We never guess: the examples
          from the NHS Providers report are all ‘not stated’, because the report
          does not say.
        </SummaryRow>
      </dl>

      <h2 id="evidence">Evidence</h2>
      <p>From the strongest to the weakest.</p>
      <dl className="nhsuk-summary-list">
        {evidenceEntries.map(([evidence, label]) => (
          <div
            key={evidence}
            className="nhsuk-summary-list__row"
            id={`evidence-${evidence}`}
          >
            <dt className="nhsuk-summary-list__key">{label}</dt>
            <dd className="nhsuk-summary-list__value">
              {evidenceDefinitions[evidence]}
            </dd>
          </div>
        ))}
        <SummaryRow label="Not stated" id="evidence-not-stated">
          No one has said how the results were shown.
        </SummaryRow>
        <SummaryRow label={selfReportedLabel} id="self-reported">
          The evidence label is what the team that did the work told us. A
          moderator has not seen the evaluation itself. When a moderator has
          seen it, this label is removed.
        </SummaryRow>
      </dl>

      <h2 id="tried-elsewhere">Tried elsewhere</h2>
      <p>
        How many other teams have told us they tried the idea, through ‘We tried
        this too’ on the example’s page. Each report is checked by a moderator
        before it is shown. Reports from teams that stopped are shown too, with
        their reasons, because what did not work is worth knowing.
      </p>
      <p>
        This number is counted from published reports. No one can type it in.
      </p>
      <h2 id="results-over-time">Results over time</h2>
      <p>
        Some examples show a measure month by month or week by week as a
        statistical process control chart. NHS boards read their figures this
        way, following NHS England’s ‘Making Data Count’.
      </p>
      <ul>
        <li>
          The solid line across the chart is the mean. The dashed lines above
          and below it are the process limits: where results usually fall if
          nothing changes.
        </li>
        <li>
          A result is special cause, a sign that something changed, when it is
          outside the limits, when it is one of 7 or more in a row on one side
          of the mean, one of 7 in a row that all go up or all go down, or one
          of 2 out of 3 in a row close to a limit.
        </li>
        <li>
          A blue square is special cause improvement, an orange diamond special
          cause concern, and a purple triangle special cause where neither
          direction is better. A grey circle is common cause: the usual ups and
          downs.
        </li>
        <li>
          A vertical line is where the team made a change and the limits are
          worked out again from there.
        </li>
        <li>
          With a target, the chart says whether it will always be met, always be
          missed, or be met in some months and missed in others.
        </li>
        <li>
          With fewer than 12 results since the last change, the limits are not
          yet reliable, and the chart says so.
        </li>
      </ul>
      <p>
        The team gives the results and a moderator checks them with the rest of
        the example. The table under each chart has every result and its type.
      </p>
      <p>
        <Link href="/examples">Find examples</Link>
      </p>
    </TwoThirds>
  );
}
