import type { ExpiryRule } from "./expiry-rule";
import type { TokenStatus } from "./status";

// What the API page shows of a token. Never a secret or its hash.
export type TokenCardDto = {
  id: string;
  name: string;
  description: string;
  status: TokenStatus;
  // Disabled by a person, whatever the status shows: an expired token can be disabled too,
  // and the menu must then offer Enable rather than a Disable that does nothing.
  disabled: boolean;
  expiringSoon: boolean;
  hint: string;
  scope: "read" | "read_write";
  sectionIds: string[];
  sectionLabels: string[];
  apiVersionId: string;
  apiVersionName: string;
  ownerId: string;
  ownerName: string;
  ownerIsTechnical: boolean;
  createdAt: string;
  createdByName: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  lastUsedIp: string | null;
  revokedAt: string | null;
  allowedIpRanges: string[];
  technicalContact: string | null;
};

export type TokenFormOptions = {
  sections: { id: string; label: string }[];
  versions: { id: string; name: string }[];
  defaultVersionId: string;
  owners: { id: string; name: string; isTechnical: boolean; isSelf: boolean }[];
  // What this person may choose as an expiry; the server applies the same rule.
  expiryRule: ExpiryRule;
};

export type TokenListPage = {
  tokens: TokenCardDto[];
  total: number;
  page: number;
  pageSize: number;
  // Whether the account has any token at all, to tell "no tokens yet" from "no matches".
  accountHasTokens: boolean;
};

// The secret travels to the browser exactly once, in the response of create, duplicate
// or reset, and is never stored or logged.
export type IssuedSecret = { tokenId: string; name: string; secret: string };

// A person as the token page names them. The name is null when the only record left is
// the email an audit event captured (someone no longer in the account).
export type PersonDto = { name: string | null; email: string };

// Everything the token page shows of one token, in full. Never a secret or its hash.
export type TokenDetailsDto = TokenCardDto & {
  owner: PersonDto & { isTechnical: boolean; active: boolean };
  createdBy: PersonDto;
  updatedAt: string;
  disabledAt: string | null;
  disabledBy: PersonDto | null;
  revokedBy: PersonDto | null;
  rotatedAt: string | null;
  duplicatedFrom: { id: string; name: string } | null;
  // The account's API switch: off, every token fails verification whatever its own status.
  accountApiAccess: boolean;
};
