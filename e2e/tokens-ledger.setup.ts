import { test as setup } from "@playwright/test";
import { startLedger } from "./support/secret-ledger";

// A fresh list of issued secrets per run, for the secret scan at the end.
setup("start the issued-secrets ledger", () => {
  startLedger();
});
