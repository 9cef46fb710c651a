import { describe, expect, it } from "vitest";
import {
  alertConfirm,
  claimReceived,
  hiddenToken,
  reportNotPublished,
  reportOnYourExample,
  reportPublished,
  reportReceived,
  submissionNotPublished,
  submissionPublished,
  submissionReceived,
  toUncheckedAddresses,
  withLinkTokensHidden,
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
    expect(every[1]!.text).toContain("Dear Sam <Patel>,");
  });

  it("to an address nobody has checked, quote nothing typed but a title cut to 80 characters", () => {
    const long = { ...example, title: `${"A very long title ".repeat(10)}end` };
    const unchecked = [
      submissionReceived(to, { ...long, usualDays: 4 }),
      reportReceived(to, { ...report, usualDays: null }),
      claimReceived(to, { reference: "CL-0002", example }),
      alertConfirm({ email: to.email, token: "a".repeat(32) }),
    ];
    expect(unchecked.map((message) => message.kind)).toEqual([
      ...toUncheckedAddresses,
    ]);
    for (const message of unchecked) {
      expect(message.text).not.toContain("Sam");
      expect(message.text).toMatch(/^Hello,|^Someone, probably you/);
    }
    const quoted = /‘([^’]*)’/.exec(unchecked[0]!.text)![1]!;
    expect([...quoted].length).toBeLessThanOrEqual(80);
    expect(quoted.endsWith("…")).toBe(true);
    expect(long.title.startsWith(quoted.slice(0, -1))).toBe(true);
  });

  it("show moderators a link that is someone's key without its token", () => {
    const token = "k".repeat(32);
    const confirm = alertConfirm({ email: to.email, token });
    expect(confirm.text).toContain(token);
    const shown = withLinkTokensHidden(confirm.text);
    expect(shown).not.toContain(token);
    expect(shown).toContain(`/alerts/confirm/${hiddenToken}`);
    // Other links stay whole.
    expect(withLinkTokensHidden(every[1]!.text)).toBe(every[1]!.text);
  });

  it("says how long checking usually takes only when it is known", () => {
    expect(every[0]!.text).toContain(
      "Most examples are checked within 4 days.",
    );
    expect(every[3]!.text).not.toContain("Most");
    expect(every[2]!.text).toContain("^ It names\n^ a patient.");
  });
});
