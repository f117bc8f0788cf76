// The verdict as a small coloured badge: the only place the views use colour for meaning.
import { useTranslation } from '../../i18n/use-translation';
import type { Verdict } from '../../../../shared/domain';
import './verdict.css';

/** Pass `label` where many badges render at once (table rows); else it is looked up here. */
export function VerdictBadge({ verdict, label }: { verdict: Verdict; label?: string }) {
  return label !== undefined ? <Badge verdict={verdict} label={label} /> : <TranslatedBadge verdict={verdict} />;
}

function TranslatedBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation('views');
  return <Badge verdict={verdict} label={t(`verdict.${verdict}`)} />;
}

/** The badge's classes, for a list that renders the badge's span itself (the All claims rows). */
export const verdictBadgeClass = (verdict: Verdict) => `cdv-verdict cdv-verdict--${verdict}`;

function Badge({ verdict, label }: { verdict: Verdict; label: string }) {
  return <span className={verdictBadgeClass(verdict)}>{label}</span>;
}
