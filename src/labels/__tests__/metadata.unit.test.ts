/**
 * The boot step's rule for the content manager's labels: Strapi's defaults and what an earlier boot
 * wrote are replaced by the catalog; an administrator's own wording is kept.
 */
import { describe, expect, it } from 'vitest';
import { applyLabels, type FieldMetadata } from '../metadata';

const labels = {
  capacity: { ru: 'Количество мест', en: 'Capacity', hint: 'Сколько участников принять.' },
  venue: { ru: 'Площадка', en: 'Venue', hint: 'Название места проведения.' },
};

const strapiDefault = (field: string): FieldMetadata => ({
  edit: { label: field, description: '', placeholder: '', visible: true, editable: true },
  list: { label: field, searchable: true, sortable: true },
});

describe('applyLabels', () => {
  it("replaces Strapi's defaults (the attribute name, an empty hint) with the Russian label and hint", () => {
    const result = applyLabels({ capacity: strapiDefault('capacity'), id: strapiDefault('id') }, labels);
    expect(result.changed).toBe(true);
    expect(result.metadatas.capacity?.edit).toMatchObject({ label: 'Количество мест', description: 'Сколько участников принять.', visible: true, editable: true });
    expect(result.metadatas.capacity?.list).toMatchObject({ label: 'Количество мест', searchable: true });
    // fields the catalog does not know (id, documentId) stay as they are
    expect(result.metadatas.id).toEqual(strapiDefault('id'));
    expect(result.applied).toEqual({ capacity: { label: 'Количество мест', hint: 'Сколько участников принять.' } });
  });

  it('keeps a label and a hint an administrator typed by hand', () => {
    const edited: FieldMetadata = { edit: { label: 'Мест в зале', description: 'Без учёта онлайн' }, list: { label: 'Мест' } };
    const result = applyLabels({ capacity: edited }, labels, { capacity: { label: 'Количество мест', hint: 'Сколько участников принять.' } });
    expect(result.changed).toBe(false);
    expect(result.metadatas.capacity).toEqual(edited);
  });

  it('updates what an earlier boot wrote when the catalog changes', () => {
    const earlier: FieldMetadata = { edit: { label: 'Вместимость', description: 'Старая подсказка' }, list: { label: 'Вместимость' } };
    const result = applyLabels({ capacity: earlier }, labels, { capacity: { label: 'Вместимость', hint: 'Старая подсказка' } });
    expect(result.changed).toBe(true);
    expect(result.metadatas.capacity?.edit).toMatchObject({ label: 'Количество мест', description: 'Сколько участников принять.' });
    expect(result.metadatas.capacity?.list?.label).toBe('Количество мест');
  });

  it('changes nothing on a second run', () => {
    const first = applyLabels({ venue: strapiDefault('venue') }, labels);
    const second = applyLabels(first.metadatas, labels, first.applied);
    expect(second.changed).toBe(false);
    expect(second.metadatas).toEqual(first.metadatas);
  });
});
