import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { KeyRound } from "lucide-react";
import { currentContext } from "@/lib/auth/session";
import { SignInForm } from "./_components/sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function LoginPage() {
  if (await currentContext()) redirect("/");
  const t = await getTranslations("signIn");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-gray-200 bg-white p-8 shadow-sm">
        <div className="text-brand-600 mb-6 flex items-center gap-2">
          <KeyRound className="size-6" aria-hidden />
          <span className="text-lg font-semibold text-gray-900">Keyward</span>
        </div>
        <h1 className="mb-6 text-xl font-semibold">{t("heading")}</h1>
        <SignInForm />
      </div>
    </main>
  );
}
