import { DOMImplementation, XMLSerializer, type Element } from "@xmldom/xmldom";

/**
 * The XML documents the app writes (Atom feeds, the sitemap), built as a DOM and serialised by
 * xmldom, so that every piece of submitted text is an escaped text node: no title or summary can
 * end a section, open an element or carry markup, whatever it holds.
 */

const atomNamespace = "http://www.w3.org/2005/Atom";
const sitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

// Characters XML 1.0 cannot hold at all: control characters other than tab and line breaks, lone
// surrogates, U+FFFE and U+FFFF.
const notXmlCharacters =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Odd stored text gives a readable document rather than a broken one. */
const xmlText = (text: string) => text.replace(notXmlCharacters, "\uFFFD");

/** A document whose root is `name` in `namespace`, and a way to add elements under any element. */
function newDocument(namespace: string, name: string) {
  const document = new DOMImplementation().createDocument(
    namespace,
    name,
    null,
  );
  const add = (
    parent: Element,
    elementName: string,
    attributes: Record<string, string> = {},
    text?: string,
  ): Element => {
    const element = document.createElementNS(namespace, elementName);
    for (const [attribute, value] of Object.entries(attributes))
      element.setAttribute(attribute, xmlText(value));
    if (text !== undefined)
      element.appendChild(document.createTextNode(xmlText(text)));
    parent.appendChild(element);
    return element;
  };
  const root = document.documentElement as Element;
  const serialise = () =>
    `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(document)}\n`;
  return { root, add, serialise };
}

export type AtomEntry = {
  title: string;
  /** The entry's page: its id and its one alternate link. */
  url: string;
  summary: string;
  /** HTML for the entry's content, carried as escaped text (type="html"). */
  contentHtml: string;
  updated: Date;
  published: Date;
  categories: { term: string; label: string }[];
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  /** The page this feed follows. */
  pageUrl: string;
  /** The feed's own address. */
  selfUrl: string;
  generator: string;
  rights: string;
  updated: Date;
  entries: AtomEntry[];
};

/** An Atom 1.0 feed (RFC 4287). Titles and summaries are plain text; content is escaped HTML. */
export function atomXml(feed: AtomFeed): string {
  const { root, add, serialise } = newDocument(atomNamespace, "feed");
  add(root, "id", {}, feed.id);
  add(root, "title", { type: "text" }, feed.title);
  add(root, "subtitle", { type: "text" }, feed.subtitle);
  add(root, "updated", {}, feed.updated.toISOString());
  add(root, "generator", {}, feed.generator);
  add(root, "link", { rel: "alternate", href: feed.pageUrl });
  add(root, "link", { rel: "self", href: feed.selfUrl });
  add(root, "rights", { type: "text" }, feed.rights);
  for (const entry of feed.entries) {
    const element = add(root, "entry");
    add(element, "id", {}, entry.url);
    add(element, "title", { type: "text" }, entry.title);
    add(element, "link", { rel: "alternate", href: entry.url });
    add(element, "updated", {}, entry.updated.toISOString());
    add(element, "published", {}, entry.published.toISOString());
    add(element, "summary", { type: "text" }, entry.summary);
    add(element, "content", { type: "html" }, entry.contentHtml);
    for (const category of entry.categories)
      add(element, "category", { term: category.term, label: category.label });
  }
  return serialise();
}

export type SitemapEntry = { url: string; lastModified?: Date | null };

/** A sitemap (sitemaps.org 0.9) of public addresses, with when each last changed. */
export function sitemapXml(entries: SitemapEntry[]): string {
  const { root, add, serialise } = newDocument(sitemapNamespace, "urlset");
  for (const { url, lastModified } of entries) {
    const element = add(root, "url");
    add(element, "loc", {}, url);
    if (lastModified) add(element, "lastmod", {}, lastModified.toISOString());
  }
  return serialise();
}
