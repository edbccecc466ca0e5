/** The bounds the settings schema enforces, shared with the settings page (without zod) so it says them before a save. */
export const SETTINGS_LIMITS = {
  dueWeeks: { min: 1, max: 104 },
  targetPercent: { min: 0, max: 100 },
  escapedDefectJqlMaxChars: 2000,
} as const;
