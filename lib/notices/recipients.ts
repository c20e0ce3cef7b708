import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

// A user as the notice sees them in the token's account.
export type NoticePerson = {
  userId: string;
  email: string;
  locale: string | null;
  isTechnical: boolean;
  // false when their membership of the token's account is deactivated, or gone.
  active: boolean;
};

export type NoticeRecipient = { email: string; userId: string | null; locale: Locale };

type People = {
  owner: NoticePerson;
  // The token's technical contact as typed, and the member of the account with that
  // address, if any (a contact outside the account reads English).
  contactEmail: string | null;
  contactMember: NoticePerson | null;
  administrators: readonly NoticePerson[];
};

const reachable = (person: NoticePerson) => person.active && !person.isTechnical;

function asRecipient(person: NoticePerson): NoticeRecipient {
  return {
    email: person.email.toLowerCase(),
    userId: person.userId,
    locale: isLocale(person.locale) ? person.locale : DEFAULT_LOCALE,
  };
}

// Who gets a token's notice: its owner when a person, its technical contact, and the
// account's administrators — people only, never a deactivated member, each address once
// whatever roles bring it here.
export function noticeRecipients({
  owner,
  contactEmail,
  contactMember,
  administrators,
}: People): NoticeRecipient[] {
  const candidates: NoticeRecipient[] = [];
  if (reachable(owner)) candidates.push(asRecipient(owner));
  if (contactMember) {
    if (reachable(contactMember)) candidates.push(asRecipient(contactMember));
  } else if (contactEmail) {
    candidates.push({ email: contactEmail.toLowerCase(), userId: null, locale: DEFAULT_LOCALE });
  }
  return onceEach([...candidates, ...administratorRecipients(administrators)]);
}

// The account's administrators who can be written to: people, not deactivated, each once.
export function administratorRecipients(administrators: readonly NoticePerson[]): NoticeRecipient[] {
  return onceEach(administrators.filter(reachable).map(asRecipient));
}

function onceEach(recipients: NoticeRecipient[]): NoticeRecipient[] {
  const seen = new Set<string>();
  return recipients.filter(({ email }) => !seen.has(email) && seen.add(email));
}
