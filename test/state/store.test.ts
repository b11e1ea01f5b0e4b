import { beforeEach, describe, expect, it } from 'vitest';
import { createBlankProject } from '../../src/domain/project/defaults';
import { addItem, updateItem } from '../../src/domain/swot/edit';
import { endCoalescing } from '../../src/state/history';
import { redo, showProject, undo, useAppStore } from '../../src/state/store';

const texts = () => useAppStore.getState().project!.swot.strengths.map((i) => i.text);
const steps = () => useAppStore.temporal.getState().pastStates.length;

describe('store history', () => {
  beforeEach(() => {
    endCoalescing();
    showProject(createBlankProject('p', '2026-11-25T10:00:00.000Z', 'p'), 1);
  });

  it('opening a project is not an undo step', () => {
    expect(steps()).toBe(0);
  });

  it('typing in one field is one step; another field or a blur starts a new one', () => {
    const { change } = useAppStore.getState();
    change((p) => addItem(p, 'strengths', '', undefined, 'i'));
    for (const text of ['B', 'Br', 'Bra', 'Bran', 'Brand'])
      change((p) => updateItem(p, 'i', { text }), 'text:i');
    expect(steps()).toBe(2);
    change((p) => updateItem(p, 'i', { note: 'n' }), 'note:i');
    expect(steps()).toBe(3);
    endCoalescing();
    change((p) => updateItem(p, 'i', { text: 'Brand!' }), 'text:i');
    expect(steps()).toBe(4);
    undo();
    undo();
    expect(texts()).toEqual(['Brand']);
    undo();
    expect(texts()).toEqual(['']);
    redo();
    expect(texts()).toEqual(['Brand']);
  });

  it('an edit that changes nothing records nothing', () => {
    useAppStore.getState().change((p) => p);
    expect(steps()).toBe(0);
  });

  it('every edit stamps updatedAt', () => {
    const before = useAppStore.getState().project!.updatedAt;
    useAppStore.getState().change((p) => addItem(p, 'threats', 't'));
    expect(useAppStore.getState().project!.updatedAt >= before).toBe(true);
    expect(useAppStore.getState().project!.updatedAt).not.toBe('2026-11-25T10:00:00.000Z');
  });
});
