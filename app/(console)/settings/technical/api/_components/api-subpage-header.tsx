import type { ComponentProps } from "react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { API_LIST_PATH } from "@/lib/tokens/list-return";

// The pages under the API page (docs, safety tips, audit log) lead back to it by its title.
export async function ApiSubpageHeader(props: Omit<ComponentProps<typeof PageHeader>, "back">) {
  const t = await getTranslations("api.page");
  return <PageHeader {...props} back={{ href: API_LIST_PATH, label: t("title") }} />;
}
