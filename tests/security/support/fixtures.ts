import { readFileSync } from "node:fs";
import { FIXTURES_FILE } from "./security-env";
import type { Session } from "./sign-in";

// What the setup made and every spec aims at: sessions per role, and ids in both accounts.
export type Fixtures = {
  sessions: {
    administrator: Session;
    implementation_specialist: Session;
    support_staff: Session;
    member: Session;
    otherAdministrator: Session;
    // Signed in, then deactivated by an administrator.
    deactivated: Session;
  };
  accountId: string;
  otherAccountId: string;
  sectionIds: string[];
  versionId: string;
  adminUserId: string;
  specialistUserId: string;
  memberUserId: string;
  supportUserId: string;
  otherAdminUserId: string;
  // A read & write token of the suite's account holding every section (introspection too).
  token: { id: string; secret: string };
  // An administrator's never-expiring token.
  neverExpiring: { id: string; name: string };
  // A token of the other account, and its secret.
  otherToken: { id: string; secret: string };
};

let loaded: Fixtures | undefined;

export function fixtures(): Fixtures {
  loaded ??= JSON.parse(readFileSync(FIXTURES_FILE, "utf8")) as Fixtures;
  return loaded;
}
