import type { Problem } from '../domain/project/result';

/** The first problems found in user input, each with where it is and why. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ul className="problems">
      {problems.map((problem, i) => (
        <li key={i}>
          <code>{problem.path}</code> {problem.message}
        </li>
      ))}
    </ul>
  );
}
