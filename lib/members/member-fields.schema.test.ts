import { describe, expect, it } from "vitest";
import { z } from "zod";
import { targetId as memberUserId } from "@/lib/commands/target-id";
import { addMemberSchema, memberRoleSchema } from "./member-fields.schema";
import { MEMBER_MESSAGES as M } from "./messages";

const person = {
  name: "Pat Person",
  email: "Pat@Example.com ",
  role: "support_staff",
  password: "correct-horse-battery",
};

function fieldErrors(input: unknown) {
  const parsed = addMemberSchema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

describe("addMemberSchema", () => {
  it("accepts a person with a password, lower-casing and trimming the email", () => {
    expect(addMemberSchema.parse(person)).toEqual({
      name: "Pat Person",
      email: "pat@example.com",
      role: "support_staff",
      isTechnical: false,
      password: "correct-horse-battery",
    });
  });

  it("accepts a technical user without a password, from a ticked checkbox", () => {
    expect(addMemberSchema.parse({ ...person, isTechnical: "on", password: "" })).toMatchObject({
      isTechnical: true,
      password: null,
    });
  });

  it("refuses a password for a technical user", () => {
    expect(fieldErrors({ ...person, isTechnical: true })).toEqual({ password: [M.passwordForTechnical] });
  });

  it("asks a person for a password of the minimum length", () => {
    expect(fieldErrors({ ...person, password: "" })).toEqual({ password: [M.passwordRequired] });
    expect(fieldErrors({ ...person, password: "short-pass1" })).toEqual({ password: [M.passwordTooShort] });
    expect(fieldErrors({ ...person, password: "x".repeat(1025) })).toEqual({ password: [M.passwordTooLong] });
  });

  it("reports every bad field at once, missing fields included", () => {
    expect(fieldErrors({})).toEqual({
      name: [M.nameRequired],
      email: [M.emailRequired],
      role: [M.roleRequired],
      password: [M.passwordRequired],
    });
  });

  it.each([
    ["an empty name", { name: "   " }, { name: [M.nameRequired] }],
    ["a 101-character name", { name: "n".repeat(101) }, { name: [M.nameTooLong] }],
    ["a name with a line break", { name: "Pat\nAdmin" }, { name: [M.nameControlCharacters] }],
    ["a name with a right-to-left override", { name: "Pat\u202eAdmin" }, { name: [M.nameControlCharacters] }],
    ["a name with a right-to-left isolate", { name: "Pat\u2067Admin" }, { name: [M.nameControlCharacters] }],
    ["a name with a zero-width space", { name: "Pat\u200bAdmin" }, { name: [M.nameControlCharacters] }],
    ["a name with a zero-width joiner", { name: "Pat\u200dAdmin" }, { name: [M.nameControlCharacters] }],
    ["a name with a byte-order mark", { name: "Pat\ufeffAdmin" }, { name: [M.nameControlCharacters] }],
    ["a name with a soft hyphen", { name: "Pat\u00adAdmin" }, { name: [M.nameControlCharacters] }],
    ["an invalid email", { email: "not-an-email" }, { email: [M.emailInvalid] }],
    ["an overlong email", { email: `${"a".repeat(250)}@x.io` }, { email: [M.emailTooLong] }],
    ["an unknown role", { role: "owner" }, { role: [M.roleRequired] }],
  ])("refuses %s", (_label, override, errors) => {
    expect(fieldErrors({ ...person, ...override })).toEqual(errors);
  });

  it("accepts a 100-character name counted as people see characters", () => {
    expect(addMemberSchema.parse({ ...person, name: "é".repeat(100) }).name).toHaveLength(100);
  });
});

describe("memberRoleSchema and memberUserId", () => {
  it("knows the four roles and nothing else", () => {
    expect(memberRoleSchema.safeParse("administrator").success).toBe(true);
    expect(memberRoleSchema.safeParse("root").success).toBe(false);
  });

  it("takes only a short non-empty string as a user id", () => {
    expect(memberUserId("cmabc123")).toBe("cmabc123");
    expect([memberUserId(""), memberUserId(42), memberUserId("x".repeat(65)), memberUserId(null)]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});
