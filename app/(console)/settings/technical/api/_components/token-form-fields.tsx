"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, FieldErrors, inputClass } from "@/components/ui/field";
import type { FieldErrors as Errors } from "@/lib/commands/result";
import type { TokenCardDto } from "@/lib/tokens/dto";
import { presetAllowed, type ExpiryRule } from "@/lib/tokens/expiry-rule";
import { ExpiryFields, longestAllowedPreset } from "./expiry-fields";
import { useFormOptions } from "./form-options-context";

type Mode = "create" | "edit";

// 90 days, unless the operator set a shorter maximum lifetime.
function defaultCreateExpiry(rule: ExpiryRule): string {
  return presetAllowed("90d", rule) ? "90d" : longestAllowedPreset(rule);
}
const SCOPES = ["read", "read_write"] as const;

// The fields of section 2 of the brief, shared by the create and edit dialogs. Uncontrolled
// inputs with defaults, so a failed submit keeps what the user typed.
export function TokenFormFields({
  mode,
  token,
  errors,
}: {
  mode: Mode;
  token?: TokenCardDto;
  errors?: Errors;
}) {
  const t = useTranslations("tokenForm");
  const scopeLabel = useTranslations("labels.scopes");
  const scopeDescription = useTranslations("labels.scopeDescriptions");
  const options = useFormOptions();
  const [checked, setChecked] = useState<Set<string>>(() => new Set(token?.sectionIds ?? []));
  const allChecked = options.sections.length > 0 && checked.size === options.sections.length;

  function toggle(id: string, on: boolean) {
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return (
    <div className="space-y-4">
      <Field id="token-name" label={t("name")} errors={errors?.name}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            name="name"
            required
            maxLength={200}
            defaultValue={token?.name}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            autoComplete="off"
          />
        )}
      </Field>

      <Field
        id="token-description"
        label={t("description")}
        hint={t("descriptionHint")}
        errors={errors?.description}
      >
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            name="description"
            rows={2}
            defaultValue={token?.description}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>

      <fieldset
        className="space-y-1"
        aria-describedby={["token-scope-rule", errors?.scope ? "token-scope-error" : ""].join(" ").trim()}
      >
        <legend className="text-sm font-medium text-gray-800">{t("scope")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {SCOPES.map((scope) => (
            <div key={scope} className="flex items-start gap-2">
              <input
                id={`token-scope-${scope}`}
                type="radio"
                name="scope"
                value={scope}
                defaultChecked={(token?.scope ?? "read") === scope}
                aria-describedby={`token-scope-${scope}-description`}
                className="mt-1"
              />
              <div>
                <label htmlFor={`token-scope-${scope}`} className="text-sm">
                  {scopeLabel(scope)}
                </label>
                <p id={`token-scope-${scope}-description`} className="text-xs text-gray-500">
                  {scopeDescription(scope)}
                </p>
              </div>
            </div>
          ))}
        </div>
        <p id="token-scope-rule" className="text-xs text-gray-500">
          {t("scopeOwnerRule")}
        </p>
        <FieldErrors id="token-scope-error" errors={errors?.scope} />
      </fieldset>

      <fieldset
        className="space-y-1"
        aria-describedby={errors?.sectionIds ? "token-sections-error" : undefined}
      >
        <legend className="text-sm font-medium text-gray-800">{t("sections")}</legend>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            checked={allChecked}
            onChange={(event) =>
              setChecked(event.target.checked ? new Set(options.sections.map((s) => s.id)) : new Set())
            }
          />
          {t("checkAll")}
        </label>
        <div className="grid grid-cols-2 gap-x-6 gap-y-1 pl-1 sm:grid-cols-3">
          {options.sections.map((section) => (
            <label key={section.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="sectionIds"
                value={section.id}
                checked={checked.has(section.id)}
                onChange={(event) => toggle(section.id, event.target.checked)}
              />
              {section.label}
            </label>
          ))}
        </div>
        <FieldErrors id="token-sections-error" errors={errors?.sectionIds} />
      </fieldset>

      {mode === "create" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="token-version" label={t("version")} errors={errors?.apiVersionId}>
            {({ id, describedBy, invalid }) => (
              <select
                id={id}
                name="apiVersionId"
                defaultValue={options.defaultVersionId}
                className={inputClass}
                aria-describedby={describedBy}
                aria-invalid={invalid}
              >
                {options.versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="token-owner" label={t("owner")} errors={errors?.ownerId}>
            {({ id, describedBy, invalid }) => (
              <select
                id={id}
                name="ownerId"
                defaultValue={options.owners.find((o) => o.isSelf)?.id}
                className={inputClass}
                aria-describedby={describedBy}
                aria-invalid={invalid}
              >
                {options.owners.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.isSelf ? t("ownerSelf", { name: o.name }) : t("technicalOwner", { name: o.name })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}

      <ExpiryFields
        idPrefix="token"
        errors={errors}
        keepLabel={mode === "edit" ? t("keepExpiry") : undefined}
        defaultValue={mode === "edit" ? "keep" : defaultCreateExpiry(options.expiryRule)}
      />

      <Field
        id="token-ips"
        label={t("allowedIps")}
        hint={t("allowedIpsHint")}
        errors={errors?.allowedIpRanges}
      >
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            name="allowedIpRanges"
            rows={2}
            defaultValue={token?.allowedIpRanges.join("\n")}
            className={`${inputClass} font-mono`}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>

      <Field
        id="token-contact"
        label={t("contact")}
        hint={t("contactHint")}
        errors={errors?.technicalContact}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            name="technicalContact"
            type="email"
            defaultValue={token?.technicalContact ?? ""}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
    </div>
  );
}
