/** The start of the minute `now` falls in: the window of the database rate limits (decision 0035). */
export const minuteOf = (now: Date) => new Date(Math.floor(now.getTime() / 60_000) * 60_000);
