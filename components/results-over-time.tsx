import type { MeasureValues } from "@/db/catalogue";
import { ControlChart } from "./control-chart";
import Link from "./link";

/**
 * An example's or a report's measures over time, each as a statistical process control chart with
 * its sentence and table, and (on a published page) its data as CSV.
 */
export function ResultsOverTime({
  measures,
  heading: Heading = "h2",
  csvHref,
}: {
  measures: MeasureValues[];
  heading?: "h2" | "h3" | "h4";
  /** Where the nth measure's CSV is (from 1); none in a moderator's preview. */
  csvHref?: (number: number) => string;
}) {
  if (measures.length === 0) return null;
  return (
    <section>
      <Heading className="nhsuk-heading-m">Results over time</Heading>
      <p>
        Each chart is a statistical process control chart, as NHS boards read
        them (NHS England&apos;s &lsquo;Making Data Count&rsquo;).{" "}
        <Link href="/labels#results-over-time">How to read these charts</Link>
      </p>
      {measures.map((measure, index) => (
        <div
          key={`${index}-${measure.name}`}
          className="nhsuk-u-margin-bottom-6"
        >
          <ControlChart measure={measure} />
          {csvHref ? (
            <p className="app-no-print">
              <a href={csvHref(index + 1)} download>
                Download the results for &lsquo;{measure.name}&rsquo; (CSV)
              </a>
            </p>
          ) : null}
        </div>
      ))}
    </section>
  );
}
