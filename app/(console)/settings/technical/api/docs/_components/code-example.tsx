import { useTranslations } from "next-intl";
import type { VerificationExample } from "@/lib/verification/docs/examples";
import { CopyButton } from "./copy-button";

// One titled, copyable example. The code block scrolls sideways, so it takes keyboard focus.
// Its caption is translated; the code itself stays as it is.
export function CodeExample({ example }: { example: VerificationExample }) {
  const t = useTranslations("docs.examples");
  const title = t(`${example.id}.title`);
  const headingId = `example-${example.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <div className="flex items-center justify-between gap-3">
        <h3 id={headingId} className="text-sm font-semibold text-gray-900">
          {title}
        </h3>
        <CopyButton text={example.code} name={title} />
      </div>
      <p className="text-sm text-gray-600">{t(`${example.id}.body`)}</p>
      <pre
        tabIndex={0}
        data-language={example.language}
        className="focus-visible:outline-brand-600 overflow-x-auto rounded-md bg-gray-900 p-3 font-mono text-xs leading-relaxed text-gray-100 focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        <code>{example.code}</code>
      </pre>
    </section>
  );
}
