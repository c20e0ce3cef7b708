// FormData → the plain object the token commands validate. Checkbox groups arrive as
// repeated keys; everything else as single strings.
export function tokenFormInput(form: FormData): Record<string, unknown> {
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : undefined;
  };
  return {
    name: text("name"),
    description: text("description"),
    scope: text("scope"),
    sectionIds: form.getAll("sectionIds").filter((v): v is string => typeof v === "string"),
    apiVersionId: text("apiVersionId"),
    expiration: text("expiration"),
    customDate: text("customDate"),
    ownerId: text("ownerId"),
    allowedIpRanges: text("allowedIpRanges"),
    technicalContact: text("technicalContact"),
  };
}
