/** Today as YYYY-MM-DD in the user's time zone (the plan's timeline marks it). */
export const localToday = (): string => new Date().toLocaleDateString('en-CA');
