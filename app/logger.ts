import pino from "pino";

/**
 * One JSON line per event on stdout, for the hosting team's log collector. Events carry
 * references, actions and ids; never a submitter's email, name or free text, and never a search.
 */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? "info",
    base: { service: "improvement-examples" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // A safety net: if a whole submission or form were ever logged, these fields would not be.
    redact: {
      paths: [
        "*.contactEmail",
        "*.contactName",
        "*.email",
        "*.password",
        "contactEmail",
        "contactName",
        "email",
        "password",
      ],
      censor: "[redacted]",
    },
  },
  // Written before the person is answered, so a crash straight after loses no line.
  pino.destination({ dest: 1, sync: true }),
);
