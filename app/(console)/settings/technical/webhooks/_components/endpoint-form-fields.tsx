"use client";

import { useTranslations } from "next-intl";
import { Field, FieldErrors, inputClass } from "@/components/ui/field";
import type { FieldErrors as Errors } from "@/lib/commands/result";
import type { EndpointDto } from "@/lib/webhook-endpoints/dto";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { MAX_DESCRIPTION_LENGTH, MAX_URL_LENGTH } from "@/lib/webhook-endpoints/limits";
import { eventKey } from "./event-key";

// The URL, description and events of an endpoint, as create and edit both ask them.
export function EndpointFormFields({
  errors,
  initial,
}: {
  errors: Errors | undefined;
  initial?: Pick<EndpointDto, "url" | "description" | "events">;
}) {
  const t = useTranslations("webhooks.form");
  const events = useTranslations("webhooks.events");
  const eventsErrorId = errors?.events?.length ? "endpoint-events-error" : undefined;
  return (
    <div className="space-y-4">
      <Field id="endpoint-url" label={t("url")} hint={t("urlHint")} errors={errors?.url}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            name="url"
            type="url"
            required
            maxLength={MAX_URL_LENGTH}
            defaultValue={initial?.url}
            autoComplete="off"
            spellCheck={false}
            className={`${inputClass} font-mono`}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
      <Field id="endpoint-description" label={t("description")} errors={errors?.description}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            name="description"
            maxLength={MAX_DESCRIPTION_LENGTH}
            defaultValue={initial?.description}
            autoComplete="off"
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
      <fieldset aria-describedby={eventsErrorId} aria-invalid={Boolean(eventsErrorId)}>
        <legend className="text-sm font-medium text-gray-800">{t("events")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <label key={type} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="events"
                value={type}
                defaultChecked={initial?.events.includes(type)}
                className="mt-1"
              />
              <span>
                <span className="font-mono text-gray-900">{type}</span>
                <span className="block text-xs text-gray-600">{events(eventKey(type))}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldErrors id={eventsErrorId} errors={errors?.events} />
      </fieldset>
    </div>
  );
}
