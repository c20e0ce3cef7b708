import { createLoader, parseAsInteger } from "nuqs/server";

// The deliveries list's page lives in the URL, so a reload (or a shared link) keeps it.
export const deliveryPageParsers = { page: parseAsInteger.withDefault(1) };

export const loadDeliveryPage = createLoader(deliveryPageParsers);
