import { useTranslation } from 'react-i18next';
import type { Problem } from '../domain/project/result';

/** The first problems found in user input, each with where it is and why, in the UI language. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const { t, i18n } = useTranslation();
  const word = (value: string | number) =>
    typeof value === 'string' && i18n.exists(`problemWords.${value}`) ? t(`problemWords.${value}`) : value;
  const reason = (problem: Problem) => {
    if (!problem.code || !i18n.exists(`problems.${problem.code}`)) return problem.message;
    const params = Object.fromEntries(Object.entries(problem.params ?? {}).map(([k, v]) => [k, word(v)]));
    return t(`problems.${problem.code}`, params);
  };
  return (
    <ul className="problems">
      {problems.map((problem, i) => (
        <li key={i}>
          <code>{problem.path}</code> {reason(problem)}
        </li>
      ))}
    </ul>
  );
}
