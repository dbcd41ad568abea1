/** Formatting shared by pages and exports; dates are shown in UTC so a build machine's time zone never shifts a day. */

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `22 February 2022`. */
export const formatDate = (date: Date): string => longDate.format(date);

/** `2022-02-22`, for `<time datetime>`. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
