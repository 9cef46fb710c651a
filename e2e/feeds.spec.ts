import type { Element } from "@xmldom/xmldom";
import { childElements, parseStrictXml as parseFeed } from "./strict-xml";
import { expect, test } from "./test";
import { unique } from "./catalogue";
import { signIn } from "./moderator";
import { submitExample, giveOwnClientAddress } from "./submissions";

test.beforeEach(async ({ page }) => giveOwnClientAddress(page));

test("an approved example whose text tries to break out of the feed stays text in both feeds", async ({
  page,
  baseURL,
}) => {
  const id = unique();
  // Each tries to end a CDATA section, add a link of its own, or bring in script.
  const title = `Feed test ${id} ]]></title><link rel="alternate" href="https://evil.example/phish"/>]]>`;
  const summary =
    'a]]>b]]></summary><link rel="alternate" href="https://evil.example/phish"/><summary type="html"><![CDATA[c <script>alert(1)</script> <img src=x onerror=alert(1)> <x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(2)</x:script> ]]> &amp; done';
  const reference = await submitExample(page, { title, summary });
  await signIn(page);
  await page.goto(`/admin/examples/${reference}`);
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(
    "Example published",
  );
  await page.getByRole("link", { name: "View the published example" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const exampleUrl = `${baseURL}${new URL(page.url()).pathname}`;

  for (const feedUrl of ["/feed.xml", "/themes/health-inequalities/feed.xml"]) {
    const response = await page.request.get(feedUrl);
    expect(response.status(), feedUrl).toBe(200);
    const feed = parseFeed(await response.text());
    const entries = Array.from(feed.getElementsByTagName("entry"));
    for (const entry of entries) {
      // Every entry, this one included, has exactly the elements the catalogue writes.
      const names = childElements(entry).map((child) => child.localName);
      expect(
        names.filter((name) => name !== "category"),
        feedUrl,
      ).toEqual([
        "id",
        "title",
        "link",
        "updated",
        "published",
        "summary",
        "content",
      ]);
      const links = childElements(entry).filter(
        (child) => child.localName === "link",
      );
      expect(links, feedUrl).toHaveLength(1);
      expect(links[0]?.getAttribute("rel")).toBe("alternate");
      expect(links[0]?.getAttribute("href")).toMatch(
        new RegExp(`^${baseURL}/examples/`),
      );
    }
    const ours = entries.find(
      (entry) =>
        childElements(entry).find((child) => child.localName === "id")
          ?.textContent === exampleUrl,
    );
    expect(ours, `${feedUrl} lists the example`).toBeDefined();
    const text = (name: string) =>
      childElements(ours as Element).find((child) => child.localName === name);
    expect(text("title")?.getAttribute("type")).toBe("text");
    expect(text("title")?.textContent).toBe(title);
    expect(text("summary")?.getAttribute("type")).toBe("text");
    expect(text("summary")?.textContent).toBe(summary);
    // The content is HTML carried as text: the submitted words inside it are escaped again.
    expect(text("content")?.getAttribute("type")).toBe("html");
    expect(text("content")?.textContent).toContain(
      "&lt;script&gt;alert(1)&lt;/script&gt;",
    );
    expect(feed.getElementsByTagName("script")).toHaveLength(0);
    expect(
      feed.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "script"),
    ).toHaveLength(0);
  }
});
