import { describe, expect, it } from "vitest";
import { returnToList, tokenPageHref } from "./list-return";

describe("tokenPageHref", () => {
  it("links a card to its page, carrying the list's query", () => {
    expect(tokenPageHref("tok1")).toBe("/settings/technical/api/tokens/tok1");
    expect(tokenPageHref("tok1", "q=billing&status=enabled")).toBe(
      "/settings/technical/api/tokens/tok1?from=q%3Dbilling%26status%3Denabled",
    );
  });
});

describe("returnToList", () => {
  it("goes back to the list with the same filters", () => {
    expect(returnToList("q=billing sync&status=expiring_soon&created=last_7_days&page=2")).toBe(
      "/settings/technical/api?q=billing+sync&created=last_7_days&status=expiring_soon&page=2",
    );
  });

  it("goes to the unfiltered list without a from", () => {
    expect(returnToList(null)).toBe("/settings/technical/api");
    expect(returnToList("")).toBe("/settings/technical/api");
  });

  // Whatever `from` holds, the way back is the list: no other path, host or parameter.
  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "next=https://evil.example&redirect=//evil.example",
    "status=not-a-status&created=%0d%0aLocation:%20x",
  ])("never leaves the list for %s", (from) => {
    expect(returnToList(from)).toBe("/settings/technical/api");
  });

  it("keeps only the list's own parameters", () => {
    expect(returnToList("q=a&callbackUrl=//evil.example")).toBe("/settings/technical/api?q=a");
  });
});
