import account from "./account.json";
import bulk from "./bulk.json";
import common from "./common.json";
import csv from "./csv.json";
import errors from "./errors.json";
import labels from "./labels.json";
import members from "./members.json";
import serverMessages from "./serverMessages.json";
import settings from "./settings.json";
import shell from "./shell.json";
import signIn from "./signIn.json";

// One file per screen or concern: a screen converted later adds its own file here and
// in the other languages' folders. lib/i18n/catalogs.test.ts checks they all match.
export const en = {
  account,
  bulk,
  common,
  csv,
  errors,
  labels,
  members,
  serverMessages,
  settings,
  shell,
  signIn,
};
