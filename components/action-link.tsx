import Link from "@/components/link";
import { NhsIcon } from "./nhs-icon";

/** NHS.UK's action link: a bold link with its arrow, for the one thing to do next. */
export function ActionLink({ href, text }: { href: string; text: string }) {
  return (
    <Link className="nhsuk-action-link" href={href}>
      <NhsIcon name="arrow-right-circle" />
      <span className="nhsuk-action-link__text">{text}</span>
    </Link>
  );
}
