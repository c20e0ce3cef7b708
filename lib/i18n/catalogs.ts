import { en } from "@/messages/en";
import { es } from "@/messages/es";
import { fr } from "@/messages/fr";
import type { Locale } from "./locales";

// English is the reference: every other catalog must have exactly its keys (the compiler
// checks their shape here, lib/i18n/catalogs.test.ts every key and placeholder).
export type Messages = typeof en;

export const CATALOGS: Record<Locale, Messages> = { en, fr, es };
