import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server for tests (the `smtp-server` package) on 127.0.0.1, which keeps every message
 * it accepts, parsed by `mailparser`, and can be stopped and started again on the same port, as a
 * trust's relay that goes away and comes back.
 */
export type TestMailServer = {
  url: string;
  port: number;
  /** Every message accepted so far, in the order they arrived. */
  received: ParsedMail[];
  /** Messages accepted for one address. */
  to(address: string): ParsedMail[];
  stop(): Promise<void>;
  /** Listens again on the same port after stop(). */
  start(): Promise<void>;
  /** Holds every message's final answer until release(), as a slow relay does: senders wait mid-send. */
  hold(): void;
  release(): void;
  /** How many messages are being held mid-send now. */
  readonly holding: number;
};

export async function startTestMailServer({
  port = 0,
  refuse = () => false,
}: {
  /** 0 for any free port. */
  port?: number;
  /** Addresses refused for good (550), as a server does a mailbox that does not exist. */
  refuse?: (address: string) => boolean;
} = {}): Promise<TestMailServer> {
  const received: ParsedMail[] = [];
  let server: SMTPServer | null = null;
  let held: Promise<void> | null = null;
  let releaseHeld = () => undefined as void;
  let holding = 0;
  let listeningOn = port;

  async function start() {
    const current = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      // Stop at once when asked, rather than waiting for a client's idle pooled connection.
      closeTimeout: 50,
      onRcptTo(address, _session, callback) {
        if (refuse(address.address))
          return callback(
            Object.assign(new Error("5.1.1 No such mailbox here"), {
              responseCode: 550,
            }),
          );
        callback();
      },
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then(async (mail) => {
            if (held) {
              holding += 1;
              await held;
              holding -= 1;
            }
            received.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
    current.on("error", () => undefined);
    await new Promise<void>((resolve, reject) => {
      current.server.once("error", reject);
      current.listen(listeningOn, "127.0.0.1", () => resolve());
    });
    listeningOn = (current.server.address() as { port: number }).port;
    server = current;
  }

  await start();
  return {
    get url() {
      return `smtp://127.0.0.1:${listeningOn}`;
    },
    get port() {
      return listeningOn;
    },
    received,
    to: (address) =>
      received.filter((mail) =>
        [mail.to]
          .flat()
          .some((to) => to?.value.some((entry) => entry.address === address)),
      ),
    async stop() {
      // Whatever is held answers first, or closing would wait for it.
      held = null;
      releaseHeld();
      const current = server;
      server = null;
      if (current) await new Promise<void>((resolve) => current.close(resolve));
    },
    start,
    hold() {
      held ??= new Promise<void>((resolve) => {
        releaseHeld = resolve;
      });
    },
    release() {
      held = null;
      releaseHeld();
    },
    get holding() {
      return holding;
    },
  };
}
