import { factorCodes } from '../pestel/codes';
import { FORCES } from '../project/schema';
import type { Force, PestelCategory, Project } from '../project/types';

export interface SourceDescription {
  kind: 'pestel' | 'force' | 'satisfaction';
  /** For a PEST(EL) factor its code (P1, Ec2 …) and category; for a driver its force. */
  code?: string;
  category?: PestelCategory;
  force?: Force;
  text: string;
}

/** What each SWOT source is (item id → its PEST(EL) factor, driver or survey attribute), for showing the link. */
export function describeSources(
  project: Project,
  prefix: (category: PestelCategory) => string,
): Map<string, SourceDescription> {
  const codes = factorCodes(project.pestel, prefix);
  const byKey = new Map<string, SourceDescription>();
  for (const f of project.pestel)
    byKey.set(`pestel:${f.id}`, {
      kind: 'pestel',
      code: codes.get(f.id),
      category: f.category,
      text: f.text,
    });
  for (const force of FORCES)
    for (const d of project.forces[force]) byKey.set(`force:${d.id}`, { kind: 'force', force, text: d.text });
  for (const a of project.customers.satisfaction.attributes)
    byKey.set(`satisfaction:${a.id}`, { kind: 'satisfaction', text: a.name });
  const out = new Map<string, SourceDescription>();
  for (const items of Object.values(project.swot))
    for (const item of items) {
      const described = item.source && byKey.get(`${item.source.kind}:${item.source.id}`);
      if (described) out.set(item.id, described);
    }
  return out;
}
