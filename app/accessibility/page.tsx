import type { Metadata } from "next";

export const metadata: Metadata = { title: "Accessibility statement" };

export default function AccessibilityPage() {
  return (
    <>
      <h1>Accessibility statement</h1>
      <p className="nhsuk-lede-text">
        This statement applies to the Find and share improvement examples
        service.
      </p>
      <p>
        We want as many people as possible to be able to use this service. You
        should be able to:
      </p>
      <ul>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>navigate the whole service using just a keyboard</li>
        <li>use the service with a screen reader</li>
        <li>search and filter examples with JavaScript turned off</li>
        <li>read the survey figures as a table as well as a chart</li>
      </ul>
      <h2>How accessible this service is</h2>
      <p>
        We aim to meet the Web Content Accessibility Guidelines (WCAG) version
        2.2 to level AA. Every page is checked with automated accessibility
        tests each time the service changes. Automated tests do not find every
        problem, so we also check pages by keyboard and with a screen reader.
      </p>
      <h2>Known problems</h2>
      <p>We do not know of any problems. If you find one, please tell us.</p>
      <h2>Reporting accessibility problems</h2>
      <p>
        If you find a problem, or need information in a different format,
        contact the team that runs this service in your organisation.
      </p>
      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for
        enforcing the Public Sector Bodies (Websites and Mobile Applications)
        (No. 2) Accessibility Regulations 2018. If you are not happy with how we
        respond to your complaint, contact the{" "}
        <a href="https://www.equalityadvisoryservice.com/">
          Equality Advisory and Support Service (EASS)
        </a>
        .
      </p>
    </>
  );
}
