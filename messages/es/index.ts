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

export const es = {
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
