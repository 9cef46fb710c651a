import { describe, expect, it } from "vitest";
import {
  reportNotPublished,
  reportOnYourExample,
  reportPublished,
  reportReceived,
  submissionNotPublished,
  submissionPublished,
  submissionReceived,
} from "@/db/mail";

const to = { email: "sam@nhs.net", name: "Sam <Patel>" };
const example = {
  reference: "IX-0042",
  title: `Home first <script>alert("x")</script> & more`,
  slug: "home-first",
};
const report = { reference: "TR-0003", example };
const every = [
  submissionReceived(to, { ...example, usualDays: 4 }),
  submissionPublished(to, example),
  submissionNotPublished(to, { ...example, reason: "It names\na patient." }),
  reportReceived(to, { ...report, usualDays: null }),
  reportPublished(to, report),
  reportNotPublished(to, { ...report, reason: "It repeats another." }),
  reportOnYourExample(to, report),
];

describe("email templates", () => {
  it("have short subjects that say what happened, with the reference", () => {
    for (const message of every) {
      expect(message.subject.length).toBeLessThanOrEqual(60);
      expect(message.subject).toMatch(/\b(IX-0042|TR-0003)\b/);
    }
  });

  it("link only to absolute addresses on this service, and sign off with its name and address", () => {
    for (const message of every) {
      const links = message.text.match(/\bhttps?:\/\/\S+/g) ?? [];
      expect(links.length).toBeGreaterThan(0);
      for (const link of links)
        expect(link).toMatch(/^http:\/\/localhost:3000\//);
      expect(message.text).toMatch(
        /Find and share improvement examples\n\nhttp:\/\/localhost:3000\/$/,
      );
      const hrefs = [...message.html.matchAll(/href="([^"]+)"/g)].map(
        (match) => match[1],
      );
      expect(hrefs.sort()).toEqual(links.sort());
    }
  });

  it("never lets what people typed become markup", () => {
    for (const message of every) {
      expect(message.html).not.toContain("<script>");
      expect(message.html).not.toContain("<Patel>");
    }
    expect(every[0]!.html).toContain("Home first &lt;script&gt;");
    expect(every[0]!.text).toContain("Dear Sam <Patel>,");
  });

  it("says how long checking usually takes only when it is known", () => {
    expect(every[0]!.text).toContain(
      "Most examples are checked within 4 days.",
    );
    expect(every[3]!.text).not.toContain("Most");
    expect(every[2]!.text).toContain("^ It names\n^ a patient.");
  });
});
