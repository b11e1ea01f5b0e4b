import { useTranslation } from 'react-i18next';
import type { Contributor } from '../../domain/project/types';
import { formatDateTime } from '../../i18n/format';

/**
 * Who gave the items of a list in a workshop, for a report table: `column` is true when any item has givers
 * (the column is left out otherwise), `cell` words one item's ("Li Wei (3 Dec, 09:10), anonymous 2 (…)").
 */
export function useGivenBy(lists: ReadonlyArray<ReadonlyArray<{ contributors: readonly Contributor[] }>>) {
  const { t, i18n } = useTranslation();
  const column = lists.some((list) => list.some((item) => item.contributors.length > 0));
  const cell = (contributors: readonly Contributor[]) =>
    contributors
      .map(
        (c) =>
          `${c.name || t('workshop.results.anonymous', { n: c.n })} (${formatDateTime(c.at, i18n.language)})`,
      )
      .join(', ');
  return { column, header: t('workshop.report.givenBy'), cell };
}
