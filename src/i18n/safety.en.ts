/** Limits, recovery, unreadable projects and leaving with unsaved work (English). */
export const safetyEn = {
  full: {
    swotItems: 'This quadrant is full: it holds at most {{max}} items. Delete or merge items to add more.',
    towsStrategies: 'This cell is full: it holds at most {{max}} strategies.',
    towsLinks: 'A strategy links at most {{max}} SWOT items.',
    forceDrivers: 'This force is full: it holds at most {{max}} drivers.',
    pestelFactors: 'The PEST(EL) list is full: it holds at most {{max}} factors.',
    serviceModels: 'A project holds at most {{max}} models and scenarios. Delete one to add another.',
    alternatives: 'A project holds at most {{max}} strategy alternatives.',
    criteria: 'A project holds at most {{max}} criteria.',
    competitors: 'A project holds at most {{max}} competitors.',
    valueFactors: 'A value curve has at most {{max}} factors.',
    cpmFactors: 'The competitive profile has at most {{max}} factors.',
    segments:
      'The customer list holds at most {{max}} customers or segments: group the smallest into segments.',
    surveyAttributes: 'A satisfaction survey holds at most {{max}} service attributes.',
    objectives: 'A project holds at most {{max}} strategic objectives: merge the smaller ones.',
    standards: 'A project holds at most {{max}} service standards.',
    scores: 'An alternative holds at most {{max}} scores.',
    valueLevels: 'A value curve holds at most {{max}} levels.',
    cpmRatings: 'A factor holds at most {{max}} ratings.',
    ahpJudgments: 'AHP holds at most {{max}} judgments.',
  },
  refusedTitle: 'Not changed.',
  leave: {
    title: 'Leave “{{name}}” and lose this tab’s unsaved changes?',
    failed: 'The latest changes to this project could not be saved in this browser.',
    conflict: 'This tab’s latest changes were not saved, because another tab changed the same project.',
    invalid: 'The latest changes could not be saved: the project would not open again as it is.',
    deleted: 'This project was deleted in another tab, so nothing on screen is kept.',
    lost: 'If you go on, these changes are discarded. Export the project as JSON first to keep them.',
    keep: 'Keep editing',
    exportJson: 'Export JSON',
    discard: 'Discard changes and go on',
  },
  invalidTitle: 'The latest changes cannot be saved as they are.',
  invalidHelp:
    'The last good version stays in this browser. Undo the last change or fix what is listed; export JSON to keep everything on screen.',
  deletedTitle: 'This project was deleted in another tab, or this site’s data was cleared.',
  deletedHelp:
    'What is on screen is not kept anywhere now. Save it again in this browser, or export it as JSON.',
  saveAgain: 'Save it again',
  recovered: {
    latest: 'Recovered the unsaved changes to “{{name}}” made just before the page was closed.',
    copy: 'Recovered unsaved changes as a copy, “{{name}}”: the project was saved elsewhere since.',
    restored: 'Restored “{{name}}” with its unsaved changes.',
  },
  unreadable: {
    heading: 'Projects that cannot be read',
    intro:
      'These are stored in this browser but do not open in this version of the workbench. Download one as JSON to keep it or have it repaired. Nothing is deleted without your confirmation.',
    unnamed: 'Project without a name ({{id}})',
    problems: 'First problems',
    download: 'Download as JSON',
    downloadLabel: 'Download “{{name}}” as JSON',
    delete: 'Delete',
    deleteLabel: 'Delete “{{name}}”',
    confirmTitle: 'Delete the unreadable project “{{name}}”?',
    confirmBody:
      'It is removed from this browser and cannot be recovered. Download it first if it may matter.',
  },
};
