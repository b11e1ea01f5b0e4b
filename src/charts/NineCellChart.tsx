import { NINE_CELLS, type Level } from '../domain/strategy/positioning';
import { PlayerMarks, type PlacedPlayer } from './positioningMarks';
import { FONT, NINE_CELL_FILL } from '../views/theme';

interface Props {
  players: PlacedPlayer[];
  cellLabel: (cell: string) => string;
  levelLabel: (level: Level) => string;
  xLabel: string;
  yLabel: string;
}

const SIZE = 600;
const LEFT = 110;
const TOP = 10;
const BOTTOM = 80;
const WIDTH = LEFT + SIZE + 20;
const HEIGHT = TOP + SIZE + BOTTOM;
const LEVELS: Level[] = ['low', 'medium', 'high'];

/** Kotler's nine price–quality strategies: quality rows (high at the top) × price columns, players placed. */
export function NineCellChart({ players, cellLabel, levelLabel, xLabel, yLabel }: Props) {
  const cell = SIZE / 3;
  const x = (price: number) => LEFT + (price / 10) * SIZE;
  const y = (quality: number) => TOP + SIZE - (quality / 10) * SIZE;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: WIDTH, fontFamily: FONT.family }}
      aria-hidden="true"
      data-testid="nine-cell"
    >
      {LEVELS.map((quality, row) =>
        LEVELS.map((price, col) => {
          const name = NINE_CELLS[LEVELS[2 - row]!][price];
          return (
            <g key={`${quality}-${price}`}>
              <rect
                x={LEFT + col * cell}
                y={TOP + row * cell}
                width={cell}
                height={cell}
                fill={NINE_CELL_FILL[name]}
                stroke="#94a3b8"
              />
              <text
                x={LEFT + col * cell + cell / 2}
                y={TOP + row * cell + 26}
                fontSize={FONT.label + 2}
                fontWeight={600}
                textAnchor="middle"
                fill="#334155"
              >
                {cellLabel(name)}
              </text>
            </g>
          );
        }),
      )}
      {LEVELS.map((level, i) => (
        <g key={level}>
          <text
            x={LEFT + i * cell + cell / 2}
            y={TOP + SIZE + 24}
            fontSize={FONT.tick}
            textAnchor="middle"
            fill="#374151"
          >
            {levelLabel(level)}
          </text>
          <text
            x={LEFT - 12}
            y={TOP + SIZE - i * cell - cell / 2 + 5}
            fontSize={FONT.tick}
            textAnchor="end"
            fill="#374151"
          >
            {levelLabel(level)}
          </text>
        </g>
      ))}
      <text x={LEFT + SIZE / 2} y={HEIGHT - 16} fontSize={FONT.axisLabel} textAnchor="middle" fill="#374151">
        {xLabel}
      </text>
      <text
        x={20}
        y={TOP + SIZE / 2}
        fontSize={FONT.axisLabel}
        textAnchor="middle"
        fill="#374151"
        transform={`rotate(-90 20 ${TOP + SIZE / 2})`}
      >
        {yLabel}
      </text>
      <PlayerMarks players={players} at={(p) => ({ x: x(p.price), y: y(p.quality) })} right={WIDTH - 4} />
    </svg>
  );
}
