import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import {
  checkSecondStep,
  enrolSecondFactor,
  hasSecondFactor,
  newSecondFactorKey,
  acceptInvitation,
  changeRole,
  checkPassword,
  createModerator,
  createSession,
  describeBrowser,
  endOtherSessions,
  findSignInStep,
  findInvitation,
  getSessionModerator,
  idleTimeout,
  inviteModerator,
  listAccountHistory,
  listPeople,
  listSessions,
  lockLength,
  removeModerator,
  sessionLength,
  signInWithSingleSignOn,
  startSignInStep,
  takeSignInStep,
} from "@/db/accounts";

let made = 0;
const password = "a-long-password-for-a-test-only";
async function anAdmin(name = "Admin") {
  made += 1;
  return createModerator({
    email: `admin-${made}-${Date.now()}@nhs.net`,
    name,
    password,
  });
}

const minutes = (n: number) => n * 60 * 1000;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe("the per-account throttle", () => {
  it("locks for longer after each failure past the fifth, up to 15 minutes", () => {
    expect([1, 4, 5, 6, 7, 9, 10, 30].map(lockLength)).toEqual([
      0,
      0,
      30_000,
      60_000,
      120_000,
      480_000,
      minutes(15),
      minutes(15),
    ]);
  });

  it("refuses the right password during a lock-out, as if the account were unknown, and forgives after a day", async () => {
    const admin = await anAdmin();
    const start = new Date();
    for (let attempt = 1; attempt <= 4; attempt += 1)
      expect(
        (await checkPassword(admin.email, "wrong", later(start, attempt))).kind,
      ).toBe("refused");
    const fifth = await checkPassword(admin.email, "wrong", later(start, 5));
    expect(fifth).toEqual({ kind: "locked", until: later(start, 5 + 30_000) });
    // The right password, from anywhere, while locked: refused, and it does not count.
    expect(
      (await checkPassword(admin.email, password, later(start, 10_000))).kind,
    ).toBe("locked");
    // Once the lock ends, the right password works and clears the count.
    const signedIn = await checkPassword(
      admin.email.toUpperCase(),
      password,
      later(start, 31_000),
    );
    expect(signedIn).toMatchObject({
      kind: "signed-in",
      moderator: { id: admin.id },
    });

    // An address with no account locks exactly the same way, so a lock tells nothing.
    const nobody = `nobody-${Date.now()}@nhs.net`;
    const results = [];
    for (let attempt = 1; attempt <= 6; attempt += 1)
      results.push(
        (await checkPassword(nobody, "guess", later(start, attempt))).kind,
      );
    expect(results).toEqual([
      "refused",
      "refused",
      "refused",
      "refused",
      "locked",
      "locked",
    ]);

    const history = (await listAccountHistory(admin.id)).map(
      (line) => line.action,
    );
    expect(
      history.filter((action) => action === "sign_in_failed"),
    ).toHaveLength(5);
    expect(history).toContain("locked");
  });
});

describe("sessions", () => {
  it("end after 30 minutes unused or 8 hours in all, and using one keeps it alive", async () => {
    const admin = await anAdmin();
    const start = new Date();
    const { token } = await createSession(admin.id, "Firefox on Linux", start);
    const used = later(start, idleTimeout - minutes(1));
    expect(await getSessionModerator(token, used)).toMatchObject({
      id: admin.id,
    });
    // Used a moment ago, so 30 minutes from the start it is still open...
    expect(
      await getSessionModerator(token, later(start, idleTimeout + minutes(1))),
    ).not.toBeNull();
    // ...but not 30 minutes after its last use.
    expect(
      await getSessionModerator(token, later(used, idleTimeout + minutes(2))),
    ).toBeNull();

    const { token: busy } = await createSession(
      admin.id,
      "Edge on Windows",
      start,
    );
    let now = start;
    while (now.getTime() < start.getTime() + sessionLength - minutes(20)) {
      now = later(now, minutes(20));
      expect(await getSessionModerator(busy, now)).not.toBeNull();
    }
    expect(
      await getSessionModerator(busy, later(start, sessionLength)),
    ).toBeNull();
  });

  it("lists where a person is signed in and signs them out everywhere else", async () => {
    const admin = await anAdmin();
    const here = await createSession(admin.id, "Firefox on Linux");
    const there = await createSession(admin.id, "Safari on iOS");
    const listed = await listSessions(admin.id, here.token);
    expect(
      listed.map(({ browser, current }) => [browser, current]).sort(),
    ).toEqual([
      ["Firefox on Linux", true],
      ["Safari on iOS", false],
    ]);
    expect(await endOtherSessions(admin.id, here.token)).toBe(1);
    expect(await getSessionModerator(there.token)).toBeNull();
    expect(await getSessionModerator(here.token)).not.toBeNull();
  });
});

describe("the second step of signing in", () => {
  it("carries a correct password once: a copy of its cookie is worthless after the step", async () => {
    const admin = await anAdmin();
    const start = new Date();
    const { token } = await startSignInStep(admin.id, "set-up", start);
    expect(await findSignInStep(token, "set-up", start)).toBe(admin.id);
    // Only the step it was made for.
    expect(await findSignInStep(token, "code", start)).toBeNull();
    expect(await takeSignInStep(token, "set-up", start)).toBe(admin.id);
    // Replayed after it finished: nobody.
    expect(await findSignInStep(token, "set-up", start)).toBeNull();
    expect(await takeSignInStep(token, "set-up", start)).toBeNull();
    // And never after its 5 minutes.
    const late = await startSignInStep(admin.id, "code", start);
    expect(
      await findSignInStep(late.token, "code", later(start, minutes(6))),
    ).toBeNull();
    expect(
      await takeSignInStep(late.token, "code", later(start, minutes(6))),
    ).toBeNull();
  });

  it("names a browser that says nothing about itself without failing", () => {
    for (const userAgent of [
      null,
      undefined,
      "",
      "   ",
      "\u0000",
      "x".repeat(5000),
    ])
      expect(describeBrowser(userAgent)).toBe("An unknown browser");
    expect(
      describeBrowser(
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36",
      ),
    ).toBe("Chrome on Linux");
  });
});

describe("roles and invitations", () => {
  it("signs a person out everywhere, and ends any sign-in under way, when their role changes", async () => {
    const admin = await anAdmin();
    const person = await anAdmin("Changing");
    const session = await createSession(person.id, "Firefox on Linux");
    const step = await startSignInStep(person.id, "code");
    expect(
      await changeRole({
        moderatorId: person.id,
        role: "moderator",
        actorId: admin.id,
      }),
    ).toMatchObject({ kind: "done" });
    expect(await getSessionModerator(session.token)).toBeNull();
    expect(await findSignInStep(step.token, "code")).toBeNull();
    // Made an admin again, with a password-only session from before: it ends too.
    const again = await createSession(person.id, "Firefox on Linux");
    await changeRole({
      moderatorId: person.id,
      role: "admin",
      actorId: admin.id,
    });
    expect(await getSessionModerator(again.token)).toBeNull();
  });

  it("never leaves the catalogue without an admin", async () => {
    // Every admin this file made so far, bar one, is removed first.
    const first = await anAdmin("First");
    for (const person of await listPeople())
      if (person.id !== first.id)
        await removeModerator({ moderatorId: person.id, actorId: first.id });
    expect(
      await changeRole({
        moderatorId: first.id,
        role: "moderator",
        actorId: first.id,
      }),
    ).toEqual({ kind: "last-admin" });
    expect(
      await removeModerator({ moderatorId: first.id, actorId: first.id }),
    ).toEqual({
      kind: "last-admin",
    });
    const second = await anAdmin("Second");
    expect(
      await removeModerator({ moderatorId: first.id, actorId: second.id }),
    ).toMatchObject({ kind: "done" });
  });

  it("lets an invited person join once, and a removed person come back only by a new invitation", async () => {
    const admin = await anAdmin();
    const email = `invited-${Date.now()}@nhs.net`;
    const invitation = await inviteModerator({
      email,
      role: "moderator",
      actorId: admin.id,
    });
    if (invitation.kind !== "invited")
      throw new Error("expected an invitation");
    expect(await findInvitation(invitation.token)).toEqual({
      email,
      role: "moderator",
    });
    const person = await acceptInvitation({
      token: invitation.token,
      name: "Sam",
      password,
    });
    expect(person).toMatchObject({ email, name: "Sam", role: "moderator" });
    expect(
      await acceptInvitation({
        token: invitation.token,
        name: "Sam",
        password,
      }),
    ).toBeNull();
    expect(
      await inviteModerator({ email, role: "admin", actorId: admin.id }),
    ).toEqual({
      kind: "already-a-moderator",
    });

    const { token } = await createSession(person!.id, "Chrome on Android");
    await removeModerator({ moderatorId: person!.id, actorId: admin.id });
    expect(await getSessionModerator(token)).toBeNull();
    expect((await checkPassword(email, password)).kind).toBe("refused");

    const again = await inviteModerator({
      email,
      role: "admin",
      actorId: admin.id,
    });
    if (again.kind !== "invited") throw new Error("expected an invitation");
    const back = await acceptInvitation({
      token: again.token,
      name: "Sam Jones",
      password,
    });
    expect(back).toEqual({
      id: person!.id,
      email,
      name: "Sam Jones",
      role: "admin",
    });

    const expired = await inviteModerator({
      email: `late-${Date.now()}@nhs.net`,
      role: "moderator",
      actorId: admin.id,
      now: new Date(Date.now() - 8 * 24 * 60 * 60 * 1000),
    });
    if (expired.kind !== "invited") throw new Error("expected an invitation");
    expect(await findInvitation(expired.token)).toBeNull();
    expect(
      await acceptInvitation({ token: expired.token, name: "Late", password }),
    ).toBeNull();
  });
});

describe("two-step sign-in", () => {
  const codeAt = (secret: string, at: Date) =>
    new TOTP({ secret: Secret.fromBase32(secret) }).generate({
      timestamp: at.getTime(),
    });

  it("turns on only with a current code, refuses a code used before, and lets each recovery code in once", async () => {
    const admin = await anAdmin();
    const secret = newSecondFactorKey();
    const start = new Date();
    expect(
      await enrolSecondFactor({
        moderatorId: admin.id,
        secret,
        code: "000000",
        now: start,
      }),
    ).toEqual({ kind: "wrong-code" });
    expect(await hasSecondFactor(admin.id)).toBe(false);
    const enrolled = await enrolSecondFactor({
      moderatorId: admin.id,
      secret,
      code: codeAt(secret, start),
      now: start,
    });
    if (enrolled.kind !== "enrolled") throw new Error("expected enrolment");
    expect(new Set(enrolled.recoveryCodes).size).toBe(10);
    expect(await hasSecondFactor(admin.id)).toBe(true);
    // Someone else's key cannot replace it while it is on.
    const otherKey = newSecondFactorKey();
    expect(
      await enrolSecondFactor({
        moderatorId: admin.id,
        secret: otherKey,
        code: codeAt(otherKey, start),
        now: start,
      }),
    ).toEqual({ kind: "already-on" });

    // The code used to enrol cannot sign in; the next step's code can, once.
    expect(
      await checkSecondStep(admin.id, codeAt(secret, start), start),
    ).toEqual({
      kind: "reused",
    });
    const next = later(start, 30_000);
    expect(await checkSecondStep(admin.id, codeAt(secret, next), next)).toEqual(
      {
        kind: "accepted",
      },
    );
    expect(await checkSecondStep(admin.id, codeAt(secret, next), next)).toEqual(
      {
        kind: "reused",
      },
    );
    // A code from ten minutes ago is not a current code.
    expect(
      await checkSecondStep(
        admin.id,
        codeAt(secret, start),
        later(start, minutes(10)),
      ),
    ).toEqual({ kind: "refused" });

    const [recovery] = enrolled.recoveryCodes;
    expect(
      await checkSecondStep(admin.id, ` ${recovery!.toUpperCase()} `, next),
    ).toEqual({
      kind: "accepted",
    });
    expect(await checkSecondStep(admin.id, recovery!, next)).toEqual({
      kind: "refused",
    });
    const history = (await listAccountHistory(admin.id)).map(
      (line) => line.action,
    );
    expect(history).toEqual(
      expect.arrayContaining(["factor_added", "recovery_code_used"]),
    );
  });

  it("locks the account after wrong codes like wrong passwords", async () => {
    const admin = await anAdmin();
    const secret = newSecondFactorKey();
    const start = new Date();
    await enrolSecondFactor({
      moderatorId: admin.id,
      secret,
      code: codeAt(secret, start),
      now: start,
    });
    const answers = [];
    for (let attempt = 1; attempt <= 6; attempt += 1)
      answers.push(
        (await checkSecondStep(admin.id, "not-a-code", later(start, attempt)))
          .kind,
      );
    expect(answers).toEqual([
      "refused",
      "refused",
      "refused",
      "refused",
      "locked",
      "locked",
    ]);
    const next = later(start, 30_000);
    expect(
      (await checkSecondStep(admin.id, codeAt(secret, next), later(start, 20)))
        .kind,
    ).toBe("locked");
  });
});

describe("single sign-on", () => {
  const issuer = "https://login.example.test/tenant/v2.0";

  it("makes an account only from an invitation, then knows the person by who the provider says they are", async () => {
    const admin = await anAdmin();
    const email = `sso-${Date.now()}@nhs.net`;
    const nobody = await signInWithSingleSignOn({
      subject: `${issuer} someone`,
      email,
      name: "Jo Bloggs",
    });
    expect(nobody).toEqual({ kind: "not-invited" });
    expect(
      (await listPeople()).filter((person) => person.email === email),
    ).toEqual([]);

    await inviteModerator({ email, role: "moderator", actorId: admin.id });
    const first = await signInWithSingleSignOn({
      subject: `${issuer} jo`,
      email: email.toUpperCase(),
      name: "Jo Bloggs",
    });
    expect(first.kind).toBe("signed-in");
    if (first.kind !== "signed-in") return;
    expect(first.moderator).toMatchObject({
      email,
      name: "Jo Bloggs",
      role: "moderator",
    });
    // The invitation is used up, and the account has no password anyone could guess.
    expect((await checkPassword(email, "")).kind).toBe("refused");
    const again = await signInWithSingleSignOn({
      subject: `${issuer} jo`,
      email,
      name: "Jo Bloggs",
    });
    expect(again).toEqual(first);
    // Someone else at the provider given the same address later is not let in as Jo.
    expect(
      await signInWithSingleSignOn({
        subject: `${issuer} another person`,
        email,
        name: "Not Jo",
      }),
    ).toEqual({ kind: "someone-else" });
  });

  it("lets a person with a password account sign in through the provider with the same address", async () => {
    const admin = await anAdmin("Password Admin");
    const answer = await signInWithSingleSignOn({
      subject: `${issuer} password-admin-${admin.id}`,
      email: admin.email,
      name: "Whatever the provider says",
    });
    expect(answer).toEqual({ kind: "signed-in", moderator: admin });
    expect((await checkPassword(admin.email, password)).kind).toBe("signed-in");
  });

  it("does not let a removed person back in until they are invited again", async () => {
    const admin = await anAdmin();
    const email = `sso-removed-${Date.now()}@nhs.net`;
    const subject = `${issuer} removed-${Date.now()}`;
    await inviteModerator({ email, role: "moderator", actorId: admin.id });
    const joined = await signInWithSingleSignOn({
      subject,
      email,
      name: "Sam",
    });
    if (joined.kind !== "signed-in") throw new Error("should have joined");
    await removeModerator({
      moderatorId: joined.moderator.id,
      actorId: admin.id,
    });
    expect(
      await signInWithSingleSignOn({ subject, email, name: "Sam" }),
    ).toEqual({ kind: "not-invited" });
    await inviteModerator({ email, role: "admin", actorId: admin.id });
    const back = await signInWithSingleSignOn({ subject, email, name: "Sam" });
    expect(back).toMatchObject({
      kind: "signed-in",
      moderator: { id: joined.moderator.id, role: "admin" },
    });
  });
});
