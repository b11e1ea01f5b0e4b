import { targetingAdvice, type TargetingAnswers, type TargetingStrategy } from '../domain/strategy/targeting';
import type { ViewContext } from './types';

export interface TargetingTexts {
  /** Which strategy the answers point to, and how strongly; or what to do first. */
  verdict: string;
  /** Each answered condition: its name, the answer and the strategies it favours. */
  reasons: Array<{ condition: string; answer: string; favours: string }>;
}

/** The targeting advice as the positioning page and the report word it. */
export function targetingTexts(answers: TargetingAnswers, ctx: ViewContext): TargetingTexts {
  const { t } = ctx;
  const advice = targetingAdvice(answers);
  const names = (list: readonly TargetingStrategy[]) =>
    list.map((s) => t(`targeting.strategies.${s}`)).join(t('targeting.or'));
  return {
    verdict:
      advice.best.length === 0
        ? t('targeting.none')
        : t(advice.best.length === 1 ? 'targeting.verdict' : 'targeting.tie', {
            name: names(advice.best),
            votes: ctx.number(advice.votes[advice.best[0]!]),
            answered: ctx.number(advice.answered),
          }),
    reasons: advice.reasons.map((r) => ({
      condition: t(`targeting.conditions.${r.condition}`),
      answer: t(`targeting.options.${r.condition}.${r.answer}`),
      favours: names(r.favours),
    })),
  };
}
