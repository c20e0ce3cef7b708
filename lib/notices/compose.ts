import escapeHtml from "escape-html";
import { createTranslator } from "next-intl";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { NoticeKind } from "./due";

// What a notice says about its token: never the secret, which Keyward does not have.
export type NoticeToken = { id: string; name: string; hint: string; expiresAt: Date; accountName: string };

export type NoticeMessage = { subject: string; text: string; html: string };

export function tokenPageUrl(publicUrl: string, tokenId: string): string {
  return new URL(`/settings/technical/api/tokens/${encodeURIComponent(tokenId)}`, publicUrl).toString();
}

// One expiry notice in the recipient's language.
export function composeNotice(
  kind: NoticeKind,
  token: NoticeToken,
  locale: Locale,
  publicUrl: string,
): NoticeMessage {
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "notices" });
  const values = {
    name: token.name,
    hint: token.hint,
    account: token.accountName,
    date: formatDateTime(token.expiresAt, locale, { withZone: true }),
  };
  return renderMessage({
    subject: t(`subject.${kind}`, values),
    paragraphs: [t("greeting"), t(`intro.${kind}`, values), t("consequence")],
    action: t("action"),
    link: tokenPageUrl(publicUrl, token.id),
    reason: t("reason"),
  });
}

type MessageParts = { subject: string; paragraphs: string[]; action: string; link: string; reason: string };

// Every notice's shape, as plain text and as HTML. Every value and every catalog sentence
// is escaped in the HTML body: a token's name or an endpoint's URL is anyone's text.
export function renderMessage({ subject, paragraphs, action, link, reason }: MessageParts): NoticeMessage {
  const text = [...paragraphs, `${action}: ${link}`, `-- \n${reason}`].join("\n\n");
  const html = [
    '<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5">',
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>`,
    `<p style="color: #555; font-size: 0.875em">${escapeHtml(reason)}</p>`,
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}
