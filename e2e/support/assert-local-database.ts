// End-to-end seeding writes users and tokens: refuse anything but a local database.
export function assertLocalDatabase(url: string): void {
  if (url.startsWith("file:")) return;
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1"].includes(host)) {
    throw new Error(`Refusing to seed end-to-end data into a non-local database (${host})`);
  }
}
