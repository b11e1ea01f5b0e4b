import { z } from 'zod';
import { formatPath } from '../project/result';
import { ROOM_LIMITS } from './activity';
import { CANVAS_SLOTS, CANVASES, type Canvas } from './canvasSlots';
import type { Contribution } from './merge';

/** The file a participant saves of what they gave in a room, for a facilitator to merge without a network. */
export const CONTRIBUTION_FORMAT = 'ssw-workshop-ideas';
/** Version 2 says which canvas the ideas are for; a version 1 file (before) holds SWOT ideas. */
export const CONTRIBUTION_VERSION = 2;
/** A contribution file is small: 30 ideas of 280 characters. Anything far larger is not one. */
export const CONTRIBUTION_FILE_BYTES = 256 * 1024;

const idText = z.string().min(1).max(100);

const contributionFileSchema = z
  .object({
    format: z.literal(CONTRIBUTION_FORMAT),
    version: z.union([z.literal(1), z.literal(CONTRIBUTION_VERSION)]),
    exportedAt: z.iso.datetime({ offset: true }),
    participant: z.object({ id: idText, name: z.string().max(ROOM_LIMITS.nameChars) }),
    activity: z.object({
      id: idText,
      prompt: z.string().max(ROOM_LIMITS.promptChars),
      canvas: z.enum(CANVASES).default('swot'),
    }),
    ideas: z
      .array(
        z.object({
          id: idText,
          slot: z.string().max(40),
          text: z.string().trim().min(1).max(ROOM_LIMITS.ideaChars),
          at: z.iso.datetime({ offset: true }),
        }),
      )
      .max(ROOM_LIMITS.ideasPerParticipant),
  })
  .superRefine((file, ctx) => {
    const slots: readonly string[] = CANVAS_SLOTS[file.activity.canvas];
    file.ideas.forEach((idea, i) => {
      if (!slots.includes(idea.slot))
        ctx.addIssue({
          code: 'custom',
          path: ['ideas', i, 'slot'],
          message: `not a slot of ${file.activity.canvas}`,
        });
    });
  });

export type ContributionFile = z.infer<typeof contributionFileSchema>;

/** Why a file could not be read; the UI words each (`workshop.merge.error.<code>`). */
export type ContributionFileError =
  | { code: 'tooLarge' }
  | { code: 'notJson' }
  | { code: 'notContributions' }
  | { code: 'newerVersion'; found: number }
  | { code: 'invalid'; path: string };

/** Reads a participant's file: the ideas they gave, or why it is not such a file (the first problem's path). */
export function parseContributionFile(
  text: string,
): { ok: true; value: ContributionFile } | { ok: false; error: ContributionFileError } {
  if (text.length > CONTRIBUTION_FILE_BYTES) return { ok: false, error: { code: 'tooLarge' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'notJson' } };
  }
  const head = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (head.format !== CONTRIBUTION_FORMAT) return { ok: false, error: { code: 'notContributions' } };
  if (typeof head.version === 'number' && head.version > CONTRIBUTION_VERSION)
    return { ok: false, error: { code: 'newerVersion', found: head.version } };
  const parsed = contributionFileSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, error: { code: 'invalid', path: formatPath(parsed.error.issues[0]?.path ?? []) } };
  return { ok: true, value: parsed.data };
}

/** A participant's file as written: the ideas of one activity (on the SWOT unless it names a canvas). */
export function contributionFileOf(
  participant: { id: string; name: string },
  activity: { id: string; prompt: string; canvas?: Canvas },
  ideas: readonly { id: string; slot: string; text: string; at: string }[],
  exportedAt: string,
): ContributionFile {
  return {
    format: CONTRIBUTION_FORMAT,
    version: CONTRIBUTION_VERSION,
    exportedAt,
    participant: { id: participant.id, name: participant.name.slice(0, ROOM_LIMITS.nameChars) },
    activity: {
      id: activity.id,
      prompt: activity.prompt.slice(0, ROOM_LIMITS.promptChars),
      canvas: activity.canvas ?? 'swot',
    },
    ideas: ideas
      .slice(0, ROOM_LIMITS.ideasPerParticipant)
      .map((i) => ({ ...i, text: i.text.slice(0, ROOM_LIMITS.ideaChars) })),
  };
}

/**
 * The ideas of several files as contributions, by canvas, participants numbered in the order their files come
 * (one participant's two files count as one, whichever canvases they are for).
 */
export function contributionsByCanvas(
  files: readonly ContributionFile[],
): Map<Canvas, Contribution<string>[]> {
  const numbers = new Map<string, number>();
  const out = new Map<Canvas, Contribution<string>[]>();
  for (const file of files) {
    const pid = file.participant.id;
    if (!numbers.has(pid)) numbers.set(pid, numbers.size + 1);
    const list = out.get(file.activity.canvas) ?? [];
    out.set(file.activity.canvas, list);
    for (const idea of file.ideas)
      list.push({
        ref: `${pid.slice(0, 16)}/${idea.id}`,
        participant: numbers.get(pid)!,
        name: file.participant.name.trim(),
        slot: idea.slot,
        text: idea.text,
        at: idea.at,
      });
  }
  return out;
}

/** The SWOT ideas of several files as contributions (the slots are quadrants: the file's schema checked them). */
export function contributionsOf(files: readonly ContributionFile[]): Contribution[] {
  return (contributionsByCanvas(files).get('swot') ?? []) as Contribution[];
}

/** The ideas of files for the other canvases (PEST(EL), forces, TOWS, value factors), by canvas, in file order. */
export function canvasIdeasOf(
  files: readonly ContributionFile[],
): Array<{ canvas: Exclude<Canvas, 'swot'>; contributions: Contribution<string>[] }> {
  return [...contributionsByCanvas(files)]
    .filter((entry): entry is [Exclude<Canvas, 'swot'>, Contribution<string>[]] => entry[0] !== 'swot')
    .map(([canvas, contributions]) => ({ canvas, contributions }));
}
