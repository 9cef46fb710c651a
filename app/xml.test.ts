import {
  childElements as children,
  parseStrictXml as parseXml,
} from "@/e2e/strict-xml";
import { describe, expect, it } from "vitest";
import { atomXml, sitemapXml, type AtomEntry } from "./xml";

/** Text that has tried to break out of CDATA sections and into markup. */
const hostileTitle =
  'a &amp; &lt;b&gt; ]]>b]]></title><link rel="alternate" href="https://evil.example/phish"/><title type="html"><![CDATA[c ]]>';
const hostileSummary =
  'a]]>b]]></summary><link rel="alternate" href="https://evil.example/phish"/><summary type="html"><![CDATA[c <script>alert(1)</script> <img src=x onerror=alert(1)> <html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(2)</html:script> ]]> & done';

const entry = (overrides: Partial<AtomEntry> = {}): AtomEntry => ({
  title: hostileTitle,
  url: "https://catalogue.example/examples/one",
  summary: hostileSummary,
  contentHtml: "<p>a &lt;script&gt; in escaped HTML</p>",
  updated: new Date("2026-11-30T12:00:00Z"),
  published: new Date("2026-11-01T12:00:00Z"),
  categories: [{ term: "digital", label: "Digital & data" }],
  ...overrides,
});

const feed = (entries: AtomEntry[]) =>
  atomXml({
    id: "https://catalogue.example/feed.xml",
    title: "Newest examples",
    subtitle: "Examples",
    pageUrl: "https://catalogue.example/examples",
    selfUrl: "https://catalogue.example/feed.xml",
    generator: "Catalogue",
    rights: "© NHS Providers",
    updated: new Date("2026-11-30T12:00:00Z"),
    entries,
  });

describe("the Atom feed", () => {
  it("keeps submitted text as text, whatever CDATA ends or markup it holds", () => {
    const document = parseXml(
      feed([entry(), entry({ url: "https://catalogue.example/examples/two" })]),
    );
    const entries = Array.from(document.getElementsByTagName("entry"));
    expect(entries).toHaveLength(2);
    for (const element of entries) {
      expect(children(element).map((child) => child.localName)).toEqual([
        "id",
        "title",
        "link",
        "updated",
        "published",
        "summary",
        "content",
        "category",
      ]);
      const links = children(element).filter(
        (child) => child.localName === "link",
      );
      expect(links).toHaveLength(1);
      expect(links[0]?.getAttribute("rel")).toBe("alternate");
      expect(links[0]?.getAttribute("href")).toMatch(
        /^https:\/\/catalogue\.example\/examples\//,
      );
      const text = (name: string) =>
        children(element).find((child) => child.localName === name);
      expect(text("title")?.getAttribute("type")).toBe("text");
      expect(text("title")?.textContent).toBe(hostileTitle);
      expect(text("summary")?.getAttribute("type")).toBe("text");
      expect(text("summary")?.textContent).toBe(hostileSummary);
      expect(text("content")?.textContent).toBe(
        "<p>a &lt;script&gt; in escaped HTML</p>",
      );
      expect(text("category")?.getAttribute("label")).toBe("Digital & data");
    }
    expect(document.getElementsByTagName("script")).toHaveLength(0);
    expect(
      document.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "script"),
    ).toHaveLength(0);
  });

  it("stays well-formed when stored text holds characters XML cannot", () => {
    const document = parseXml(
      feed([entry({ title: "bell \u0007 and lone \ud800 surrogate" })]),
    );
    expect(document.getElementsByTagName("title")[1]?.textContent).toBe(
      "bell \ufffd and lone \ufffd surrogate",
    );
  });
});

describe("the sitemap", () => {
  it("escapes addresses into well-formed XML", () => {
    const document = parseXml(
      sitemapXml([
        { url: "https://catalogue.example/examples?a=1&b=<2>" },
        {
          url: "https://catalogue.example/themes/digital",
          lastModified: new Date("2026-11-30T12:00:00Z"),
        },
      ]),
    );
    const locations = Array.from(document.getElementsByTagName("loc")).map(
      (node) => node.textContent,
    );
    expect(locations).toEqual([
      "https://catalogue.example/examples?a=1&b=<2>",
      "https://catalogue.example/themes/digital",
    ]);
    expect(document.getElementsByTagName("lastmod")[0]?.textContent).toBe(
      "2026-11-30T12:00:00.000Z",
    );
  });
});
