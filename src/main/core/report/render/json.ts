// JSON: the model as is (2-space indent), validated first so the export never breaks its schema.
import { reportModelSchema, type ReportModel } from '../../../../shared/report';
import { ReportError } from './common';

export function renderJson(model: ReportModel): string {
  const parsed = reportModelSchema.safeParse(model);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new ReportError('invalid_model', `The report data is not valid and was not exported: ${issues}`, { cause: parsed.error });
  }
  // The parsed value: same shape as the schema promises, no stray properties.
  return `${JSON.stringify(parsed.data, null, 2)}\n`;
}
