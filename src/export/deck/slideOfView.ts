import type { ChartView } from '../../views/types';
import { categorySlide } from './categorySlide';
import { curvesSlide } from './curvesSlide';
import type { DeckSlide } from './deckModel';
import { tornadoSlide } from './tornadoSlide';
import { clockSlide, mapSlide, pointsSlide } from './mapSlide';

/** The deck slide of any view: the same titles, series, axes and marks as the page draws. */
export function slideOfView(view: ChartView): DeckSlide {
  switch (view.kind) {
    case 'curves':
      return curvesSlide(view);
    case 'tornado':
      return tornadoSlide(view);
    case 'category':
      return categorySlide(view);
    case 'map':
      return mapSlide(view);
    case 'points':
      return pointsSlide(view);
    case 'clock':
      return clockSlide(view);
  }
}
