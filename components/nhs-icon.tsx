/** NHS.UK frontend's icons that the pages use, by their names there. */
const paths = {
  "arrow-left":
    "M10.7 6.3c.4.4.4 1 0 1.4L7.4 11H19a1 1 0 0 1 0 2H7.4l3.3 3.3c.4.4.4 1 0 1.4a1 1 0 0 1-1.4 0l-5-5A1 1 0 0 1 4 12c0-.3.1-.5.3-.7l5-5a1 1 0 0 1 1.4 0Z",
  "arrow-right":
    "m14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z",
  "arrow-right-circle":
    "M12 2a10 10 0 0 0-10 9h11.7l-4-4a1 1 0 0 1 1.5-1.4l5.6 5.7a1 1 0 0 1 0 1.4l-5.6 5.7a1 1 0 0 1-1.5 0 1 1 0 0 1 0-1.4l4-4H2A10 10 0 1 0 12 2z",
} as const;

/** An NHS.UK icon as its nhsukIcon macro draws it: decorative, so hidden from screen readers. */
export function NhsIcon({ name }: { name: keyof typeof paths }) {
  return (
    <svg
      className={`nhsuk-icon nhsuk-icon--${name}`}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      focusable="false"
      aria-hidden="true"
    >
      <path d={paths[name]} />
    </svg>
  );
}
