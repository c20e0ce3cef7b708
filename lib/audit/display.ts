import { createTranslator } from "next-intl";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { formatDateTime } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { AUDIT_ACTIONS, type AuditAction } from "./actions";

// How an event's action, actor, target and changes read on the page and in the export, in
// the reader's language (messages/<locale>/audit.json, "words"). Pure, so the page and the
// CSV cannot disagree.

function translator(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGS[locale], namespace: "audit.words" });
}

export type AuditWords = { locale: Locale; t: ReturnType<typeof translator> };

const cache = new Map<Locale, AuditWords>();

export function auditWords(locale: Locale = DEFAULT_LOCALE): AuditWords {
  let words = cache.get(locale);
  if (!words) {
    words = { locale, t: translator(locale) };
    cache.set(locale, words);
  }
  return words;
}

// The catalog's own keys (every language has English's: lib/i18n/catalogs.test.ts), so a
// stored value named like an Object.prototype member never reads as a key.
const KEYS = CATALOGS[DEFAULT_LOCALE].audit.words;

export function hasWord<T extends object>(words: T, value: string): value is Extract<keyof T, string> {
  return Object.hasOwn(words, value);
}

const isAuditAction = (value: string): value is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(value);

export function actionLabel(action: string, words = auditWords()): string {
  return isAuditAction(action) ? words.t(`actions.${action}`) : action;
}

// Any target type reads sensibly, including ones added after this was written.
export function targetTypeLabel(type: string, words = auditWords()): string {
  if (hasWord(KEYS.targetTypes, type)) return words.t(`targetTypes.${type}`);
  return type.replace(/[_.-]+/g, " ").replace(/^./, (c) => c.toUpperCase());
}

export type ActorKind = "user" | "token";

export function actorKind(event: { actorTokenId: string | null }): ActorKind {
  return event.actorTokenId ? "token" : "user";
}

export function actorKindLabel(kind: ActorKind, words = auditWords()): string {
  return words.t(`actorTypes.${kind}`);
}

// Instants in a change read as the log's times do: in UTC, and saying so.
export function instantText(iso: string, words = auditWords()): string {
  return formatDateTime(iso, words.locale, { withZone: true });
}
