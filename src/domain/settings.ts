/**
 * The keys of the settings a backup carries (the settings table). Each has its value's own
 * schema in fieldSchemas.ts; a key not listed here is refused by the backup check.
 */
export const CUSTOMARY_DAYS_OFF_KEY = 'customaryDaysOff';
