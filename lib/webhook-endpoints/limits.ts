// The bounds of what an account may configure, so one account cannot fill the outbox or
// the database; the messages and the form state them.
export const MAX_ENDPOINTS = 20;
export const MAX_URL_LENGTH = 2000;
export const MAX_DESCRIPTION_LENGTH = 200;
export const DELIVERIES_PAGE_SIZE = 25;
