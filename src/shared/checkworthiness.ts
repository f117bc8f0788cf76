// The reasons a claim's check-worthiness score gives, as codes. The extractor stores the codes
// with each claim; the UI and reports render them in their language. Each code says which way it
// pushed the score. Codes of claims stored before the learned model ('added by a reviewer', and
// all of the older ones) are among them, so old claims read as before.

export const REASONS_UP = ['number', 'date', 'named entity', 'comparison', 'cause', 'law or rule', 'factual wording', 'detail'] as const;
export const REASONS_DOWN = [
  'evaluative wording', 'hedged', 'opinion or intention', 'personal', 'prediction', 'question', 'exclamation', 'brief', 'conversational wording',
] as const;
export const REASONS_OTHER = ['added by a reviewer'] as const;

export type CheckworthinessReason = (typeof REASONS_UP)[number] | (typeof REASONS_DOWN)[number] | (typeof REASONS_OTHER)[number];

const UP: ReadonlySet<string> = new Set(REASONS_UP);
const DOWN: ReadonlySet<string> = new Set(REASONS_DOWN);

/** Which way a reason pushed the score; 'none' for codes that are no model feature. */
export function reasonDirection(code: string): 'up' | 'down' | 'none' {
  if (UP.has(code)) return 'up';
  if (DOWN.has(code)) return 'down';
  return 'none';
}

/** 0.5 and above: check-worthy. The app, the reports and the model's calibration share it. */
export const CHECKWORTHY_THRESHOLD = 0.5;
