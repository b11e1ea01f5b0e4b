import type { checklistsEn } from './checklists.en';

/** 课程中的勾选清单（TOWS 页面和报告）。 */
export const checklistsZh: typeof checklistsEn = {
  noteLabel: '怎样做：{{item}}',
  formulationMoves: {
    heading: '课程中的战略制定举措',
    intro: '课程列出的制定服务战略的举措。勾选你的战略采用的举措，并用一句话说明怎样做；它们会写进报告。',
    placeholder: '这一战略怎样采取这项举措',
    none: '尚未勾选任何战略制定举措。',
    items: {
      entryBarriers: '进入壁垒',
      lowCostOperations: '低成本运营',
      pricing: '定价',
      newServices: '新服务',
      mergers: '兼并',
    },
  },
};
