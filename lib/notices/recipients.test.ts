import { describe, expect, it } from "vitest";
import { noticeRecipients, type NoticePerson } from "./recipients";

const person = (name: string, overrides: Partial<NoticePerson> = {}): NoticePerson => ({
  userId: `user-${name}`,
  email: `${name}@example.com`,
  locale: null,
  isTechnical: false,
  active: true,
  ...overrides,
});

const emails = (people: Parameters<typeof noticeRecipients>[0]) =>
  noticeRecipients(people).map((r) => r.email);

describe("noticeRecipients", () => {
  it("names the owner, the technical contact and the administrators once each", () => {
    const owner = person("owner", { locale: "fr" });
    expect(
      noticeRecipients({
        owner,
        contactEmail: "Owner@Example.com",
        contactMember: owner,
        administrators: [person("admin"), owner, person("admin")],
      }),
    ).toEqual([
      { email: "owner@example.com", userId: "user-owner", locale: "fr" },
      { email: "admin@example.com", userId: "user-admin", locale: "en" },
    ]);
  });

  it("leaves out technical users and deactivated members, whatever their role", () => {
    expect(
      emails({
        owner: person("robot", { isTechnical: true }),
        contactEmail: "gone@example.com",
        contactMember: person("gone", { active: false }),
        administrators: [person("former", { active: false }), person("admin")],
      }),
    ).toEqual(["admin@example.com"]);
  });

  it("writes to a contact outside the account, in English", () => {
    expect(
      noticeRecipients({
        owner: person("robot", { isTechnical: true }),
        contactEmail: "Ops@Partner.example",
        contactMember: null,
        administrators: [],
      }),
    ).toEqual([{ email: "ops@partner.example", userId: null, locale: "en" }]);
  });

  it("reads an unknown stored language as English", () => {
    const [recipient] = noticeRecipients({
      owner: person("owner", { locale: "de" }),
      contactEmail: null,
      contactMember: null,
      administrators: [],
    });
    expect(recipient?.locale).toBe("en");
  });
});
