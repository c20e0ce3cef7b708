import account from "./account.json";
import api from "./api.json";
import audit from "./audit.json";
import bulk from "./bulk.json";
import common from "./common.json";
import csv from "./csv.json";
import docs from "./docs.json";
import errors from "./errors.json";
import labels from "./labels.json";
import members from "./members.json";
import notices from "./notices.json";
import safety from "./safety.json";
import serverMessages from "./serverMessages.json";
import settings from "./settings.json";
import shell from "./shell.json";
import signIn from "./signIn.json";
import tokenForm from "./tokenForm.json";
import tokenPage from "./tokenPage.json";
import webhooks from "./webhooks.json";

export const fr = {
  account,
  api,
  audit,
  bulk,
  common,
  csv,
  docs,
  errors,
  labels,
  members,
  notices,
  safety,
  serverMessages,
  settings,
  shell,
  signIn,
  tokenForm,
  tokenPage,
  webhooks,
};
