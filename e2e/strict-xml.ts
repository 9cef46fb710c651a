import { DOMParser, type Element } from "@xmldom/xmldom";

/** Parses as a strict feed reader would: anything that is not well-formed XML throws. */
export function parseStrictXml(xml: string) {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`Not well-formed: ${message}`);
    },
  }).parseFromString(xml, "application/xml");
}

/** An element's child elements, in order, without the text between them. */
export const childElements = (element: Element) =>
  Array.from(element.childNodes).filter(
    (node): node is Element => node.nodeType === node.ELEMENT_NODE,
  );
