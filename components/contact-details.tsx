import Link from "@/components/link";

/** A name with an email link under it. */
export function ContactDetails({
  name,
  email,
}: {
  name: string | null;
  email: string | null;
}) {
  return (
    <>
      {name ?? "Not given"}
      {email ? (
        <>
          <br />
          <a href={`mailto:${email}`}>{email}</a>
        </>
      ) : null}
    </>
  );
}

/** The link to "Contact the team", on its own line after any details shown. */
export function ContactLink({
  href,
  text,
  after,
}: {
  href: string;
  text: string;
  /** Whether it follows a name and address, so needs a line of its own. */
  after: boolean;
}) {
  return (
    <>
      {after ? <br /> : null}
      <Link href={href}>{text}</Link>
    </>
  );
}
