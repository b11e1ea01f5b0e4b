import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useAbcSettings,
  useCustomerValue,
  useFrequency,
  useLifecycle,
  useRfm,
  useSatisfaction,
  useSegments,
  useServiceModels,
} from '../../state/selectors';
import { CourseValueSection } from './CourseValueSection';
import { LifecycleSection } from './LifecycleSection';
import { RetentionValueSection } from './RetentionValueSection';
import { RfmSection } from './RfmSection';
import { SatisfactionSection } from './SatisfactionSection';
import { SegmentsSection } from './SegmentsSection';
import './customers.css';

/** Customers: what one customer is worth (the course's calculator, word of mouth, retention lifetime value). */
export function CustomersPage() {
  const { t } = useTranslation();
  const value = useCustomerValue();
  const segments = useSegments();
  const abc = useAbcSettings();
  const rfm = useRfm();
  // A new analysis (an import landing) is drawn in an interruptible render, not one long task.
  const rfmShown = useDeferredValue(rfm);
  const satisfaction = useSatisfaction();
  const models = useServiceModels();
  const lifecycle = useLifecycle();
  const frequency = useFrequency();
  if (
    !value ||
    !segments ||
    !abc ||
    rfm === undefined ||
    !satisfaction ||
    !models ||
    !lifecycle ||
    !frequency
  )
    return null;
  return (
    <div className="page customers-page">
      <h1>{t('customers.heading')}</h1>
      <p className="intro">{t('customers.intro')}</p>
      <CourseValueSection value={value} />
      <RetentionValueSection value={value} />
      <SegmentsSection segments={segments} abc={abc} models={models} />
      <LifecycleSection lifecycle={lifecycle} frequency={frequency} />
      <RfmSection rfm={rfmShown ?? null} abcRows={segments.length} />
      <SatisfactionSection satisfaction={satisfaction} />
    </div>
  );
}
