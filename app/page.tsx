import { redirect } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/roles";

// The console has no home page of its own: send people to the screen their role uses.
export default async function HomePage() {
  const ctx = await requireSignedIn();
  // /settings sends each role on to what it may use, or explains that there is nothing.
  redirect(can(ctx.role, "api.view") ? "/settings/technical/api" : "/settings");
}
