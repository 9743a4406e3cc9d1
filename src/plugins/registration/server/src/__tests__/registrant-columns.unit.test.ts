import { describe, expect, it } from 'vitest';
import { columnViews } from '../domain/registrant-columns';
import { columnsOf } from '../domain/registrant-query';

const questions = [
  { key: 'track', type: 'single-choice' as const, source: 'event' as const, options: ['ai', 'web'] },
  { key: 'city', type: 'text' as const, source: 'profile' as const, options: [] },
];
const wording = [
  { key: 'track', label: 'Направление', options: [{ value: 'ai', label: 'ИИ' }, { value: 'web', label: 'Веб' }] },
  { key: 'city', label: 'Город (как спросил организатор)', options: [] },
];

describe('the list’s columns as the admin shows them', () => {
  it('words the questions as the organizer did, the profile in the platform’s words, and leaves the fixed columns to the admin', () => {
    const views = columnViews(columnsOf(questions), wording, 'ru');
    const byKey = new Map(views.map((view) => [view.key, view]));
    expect(byKey.get('answers.track')).toEqual({
      key: 'answers.track',
      kind: 'choice',
      place: 'answers',
      label: 'Направление',
      operators: ['$eq', '$in', '$null'],
      options: [
        { value: 'ai', label: 'ИИ' },
        { value: 'web', label: 'Веб' },
      ],
    });
    expect(byKey.get('status')).toMatchObject({ label: null, place: 'fixed', options: [{ value: 'registered', label: null }, { value: 'waitlisted', label: null }, { value: 'cancelled', label: null }, { value: 'pending', label: null }, { value: 'rejected', label: null }] });
    expect(byKey.get('registeredAt')?.operators).toEqual(['$gte', '$lte', '$null']);
    const city = byKey.get('profile.city');
    expect(city?.label).toMatch(/[А-Яа-я]/);
    expect(columnViews(columnsOf(questions), wording, 'en').find((view) => view.key === 'profile.city')?.label).toMatch(/^[A-Za-z ]+$/);
  });

  it('keeps a column whose question lost its wording readable by its key', () => {
    const [view] = columnViews(columnsOf(questions), [], 'ru').filter((candidate) => candidate.key === 'answers.track');
    expect(view?.label).toBe('track');
    expect(view?.options.map((option) => option.label)).toEqual(['ai', 'web']);
  });
});
