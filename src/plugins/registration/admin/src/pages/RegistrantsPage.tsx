/**
 * An event's registrant list: live counters, search, filters on any column, sorting by a column's
 * header, paging, the columns the organizer chose (remembered per organizer), and the rows' actions.
 * The query lives in the page's address and goes to the list route as is (server-side sort, filter
 * and paging); a change of a registration of the event (any instance) reads the page again.
 */
import * as React from 'react';
import { Box, Button, Flex, LinkButton, Tag, Typography } from '@strapi/design-system';
import { ArrowClockwise, ArrowLeft, Cross, Download, Filter, Plus } from '@strapi/icons';
import { Layouts, Page, Pagination, useAPIErrorHandler, useAuth, useNotification, useRBAC } from '@strapi/strapi/admin';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { AddRegistrantRequest, RegistrantAction, RegistrantActionResponse } from '../../../../../../cms/src/registrant-actions';
import type { RegistrantColumns, RegistrantCounts, RegistrantPage, RegistrantRow } from '../../../../../../cms/src/registrants';
import { ActionBar } from '../components/ActionBar';
import { AddRegistrantDialog } from '../components/AddRegistrantDialog';
import { ColumnPicker } from '../components/ColumnPicker';
import { ExportDialog } from '../components/ExportDialog';
import { PersonCard } from '../components/PersonCard';
import { PersonSearch } from '../components/PersonSearch';
import { Counters } from '../components/Counters';
import { FilterDialog } from '../components/FilterDialog';
import { RegistrantTable } from '../components/RegistrantTable';
import { useLiveRefresh } from '../hooks/useLiveRefresh';
import { eventPath, useRegistrantsApi } from '../hooks/useRegistrantsApi';
import { PERMISSIONS } from '../permissions';
import { columnLabel, optionLabel } from '../utils/cells';
import { defaultColumns, readChoice, visibleColumns, writeChoice } from '../utils/column-choice';
import { conditionsToRows, rowsToConditions, type FilterRow } from '../utils/filters';
import { listQuery, nextSort, readConditions, readSort, writeConditions, type Condition } from '../utils/list-query';
import { useT } from '../utils/translations';

const SEARCH_DELAY_MS = 300;

const RegistrantsPage = () => {
  const t = useT();
  const { eventDocumentId = '' } = useParams<{ eventDocumentId: string }>();
  const [params, setParams] = useSearchParams();
  const api = useRegistrantsApi();
  const [meta, setMeta] = React.useState<RegistrantColumns | null>(null);
  const [page, setPage] = React.useState<RegistrantPage | null>(null);
  const [counts, setCounts] = React.useState<RegistrantCounts | null>(null);
  const [failed, setFailed] = React.useState<string | null>(null);
  const [selected, setSelected] = React.useState<Set<number>>(() => new Set());
  const [search, setSearch] = React.useState(params.get('q') ?? '');
  const [filtersOpen, setFiltersOpen] = React.useState(false);
  const [chosen, setChosen] = React.useState<string[] | null>(null);
  const adminId = useAuth('RegistrantsPage', (state) => state.user?.id ?? null);
  const { allowedActions } = useRBAC({ manage: [...PERMISSIONS.manage], export: [...PERMISSIONS.export], checkin: [...PERMISSIONS.checkin] });
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const [acting, setActing] = React.useState(false);
  const [adding, setAdding] = React.useState(false);
  const [exporting, setExporting] = React.useState(false);
  const [cardUser, setCardUser] = React.useState<number | null>(null);
  // the selected rows as last seen (a selection survives paging and live reloads)
  const [selectedRows, setSelectedRows] = React.useState<Map<number, RegistrantRow>>(() => new Map());
  const query = listQuery(params);
  const sort = readSort(params);
  const conditions = React.useMemo(() => readConditions(params), [params]);
  const filterRows = React.useMemo(() => conditionsToRows(conditions), [conditions]);

  React.useEffect(() => {
    let live = true;
    api
      .columns(eventDocumentId)
      .then((answer) => {
        if (!live) return;
        setMeta(answer);
        setChosen(readChoice(window.localStorage, adminId, eventDocumentId, answer.columns) ?? defaultColumns(answer.columns));
      })
      .catch(() => live && setFailed('columns'));
    return () => {
      live = false;
    };
  }, [api, eventDocumentId, adminId]);

  const load = React.useCallback(async () => {
    try {
      const [rows, numbers] = await Promise.all([api.page(eventDocumentId, query), api.counts(eventDocumentId)]);
      setPage(rows);
      setCounts(numbers);
      setFailed(null);
    } catch {
      setFailed('rows');
    }
  }, [api, eventDocumentId, query]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const liveState = useLiveRefresh(eventDocumentId, () => void load());

  // the search box writes `q` a moment after typing stops
  React.useEffect(() => {
    const timer = window.setTimeout(() => {
      if ((params.get('q') ?? '') === search) return;
      const next = new URLSearchParams(params);
      if (search) next.set('q', search);
      else next.delete('q');
      next.delete('page');
      setParams(next, { replace: true });
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search, params, setParams]);

  const onSort = (column: string) => {
    const order = nextSort(sort, column);
    const next = new URLSearchParams(params);
    next.set('sort', `${order.column}:${order.direction}`);
    next.delete('page');
    setParams(next);
  };

  const onSelect = (ids: number[], on: boolean) => {
    const rows = new Map((page?.results ?? []).map((row) => [row.id, row]));
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) if (on) next.add(id);
      else next.delete(id);
      return next;
    });
    setSelectedRows((current) => {
      const next = new Map(current);
      for (const id of ids) {
        const row = rows.get(id);
        if (on && row) next.set(id, row);
        else next.delete(id);
      }
      return next;
    });
  };
  const clearSelection = () => {
    setSelected(new Set());
    setSelectedRows(new Map());
  };

  // a reload brings the selected rows' new state (their status decides which actions are offered)
  React.useEffect(() => {
    if (!page) return;
    setSelectedRows((current) => {
      let changed = false;
      const next = new Map(current);
      for (const row of page.results) {
        if (next.has(row.id) && next.get(row.id) !== row) {
          next.set(row.id, row);
          changed = true;
        }
      }
      return changed ? next : current;
    });
  }, [page]);

  const runAction = async (action: RegistrantAction) => {
    setActing(true);
    try {
      const { results } = await api.request<RegistrantActionResponse>('POST', `${eventPath(eventDocumentId)}/registrants/actions`, {
        action,
        registrationIds: [...selected],
      });
      const done = results.filter((result) => result.ok).length;
      const reasons = [...new Set(results.flatMap((result) => (result.error ? [result.error.message] : [])))];
      toggleNotification({
        type: reasons.length === 0 ? 'success' : done > 0 ? 'warning' : 'danger',
        message: reasons.length === 0 ? t('actions.done', { count: done }) : t('actions.partly', { done, failed: results.length - done, reasons: reasons.join('; ') }),
      });
      clearSelection();
      await load();
    } catch (error) {
      toggleNotification({ type: 'danger', message: error instanceof Error ? formatAPIError(error) : t('actions.failed') });
    } finally {
      setActing(false);
    }
  };

  const addRegistrant = async (request: AddRegistrantRequest): Promise<string | null> => {
    try {
      const row = await api.request<RegistrantRow>('POST', `${eventPath(eventDocumentId)}/registrants`, request);
      setAdding(false);
      toggleNotification({ type: 'success', message: t(`add.done.${row.status}`, { email: row.email ?? '' }) });
      await load();
      return null;
    } catch (error) {
      return error instanceof Error ? formatAPIError(error) : t('add.failed');
    }
  };

  const setConditions = (next: Condition[]) => setParams(writeConditions(params, next));
  const applyFilters = (rows: FilterRow[]) => {
    setFiltersOpen(false);
    setConditions(rowsToConditions(rows));
  };
  const choose = (keys: string[] | null) => {
    if (!meta) return;
    const next = keys ?? defaultColumns(meta.columns);
    setChosen(next);
    writeChoice(window.localStorage, adminId, eventDocumentId, next);
  };

  if (failed === 'columns') return <Page.Error />;
  if (!meta) return <Page.Loading>{t('list.loading')}</Page.Loading>;

  const columns = visibleColumns(meta.columns, chosen ?? defaultColumns(meta.columns));
  const byKey = new Map(meta.columns.map((column) => [column.key, column]));
  const conditionText = (condition: Condition) => {
    const column = byKey.get(condition.column);
    const label = column ? columnLabel(column, t) : condition.column;
    const values = condition.values.map((value) => (column ? optionLabel(column, value, t) : value)).join(', ');
    if (condition.op === '$null') return t(condition.values[0] === 'true' ? 'chip.empty' : 'chip.notEmpty', { column: label });
    return t(`chip.${condition.op.slice(1)}`, { column: label, value: values });
  };
  const pageSize = page?.pagination.pageSize ?? 25;
  const total = page?.pagination.total ?? 0;

  return (
    <Page.Main>
      <Page.Title>{t('list.pageTitle', { title: meta.event.title })}</Page.Title>
      <Layouts.Header
        navigationAction={
          <LinkButton tag={Link} to="../.." relative="path" variant="tertiary" startIcon={<ArrowLeft />}>
            {t('list.back')}
          </LinkButton>
        }
        title={t('list.title', { title: meta.event.title })}
        subtitle={t(`live.${liveState}`)}
        primaryAction={
          <Flex gap={2}>
            {allowedActions.canCheckin ? (
              <LinkButton tag={Link} to="checkin" variant="secondary">
                {t('list.checkin')}
              </LinkButton>
            ) : null}
            {allowedActions.canManage ? (
              <Button startIcon={<Plus />} onClick={() => setAdding(true)}>
                {t('add.button')}
              </Button>
            ) : null}
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Counters counts={counts} />
          <Flex gap={2} wrap="wrap">
            <Box style={{ minWidth: 280 }}>
              <PersonSearch name="q" value={search} onChange={setSearch} />
            </Box>
            <Button variant="secondary" startIcon={<Filter />} onClick={() => setFiltersOpen(true)}>
              {conditions.length > 0 ? t('filters.buttonCount', { count: conditions.length }) : t('filters.button')}
            </Button>
            {allowedActions.canExport ? (
              <Button variant="secondary" startIcon={<Download />} onClick={() => setExporting(true)}>
                {t('export.button')}
              </Button>
            ) : null}
            <ColumnPicker columns={meta.columns} chosen={chosen ?? defaultColumns(meta.columns)} onChange={choose} onReset={() => choose(null)} />
            <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={() => void load()}>
              {t('list.reload')}
            </Button>
          </Flex>
          {conditions.length > 0 ? (
            <Flex gap={2} wrap="wrap" tag="ul" aria-label={t('filters.active')}>
              {conditions.map((condition, index) => (
                <li key={`${condition.column}-${condition.op}`}>
                  <Tag
                    icon={<Cross aria-hidden />}
                    label={t('filters.removeOne', { condition: conditionText(condition) })}
                    onClick={() => setConditions(conditions.filter((_, at) => at !== index))}
                  >
                    {conditionText(condition)}
                  </Tag>
                </li>
              ))}
            </Flex>
          ) : null}
          {failed === 'rows' ? (
            <Typography textColor="danger600" role="alert">
              {t('list.failed')}
            </Typography>
          ) : null}
          {allowedActions.canManage ? <ActionBar selected={[...selectedRows.values()]} busy={acting} onAction={(action) => void runAction(action)} onClear={clearSelection} /> : null}
          <Typography variant="pi" textColor="neutral600" aria-live="polite" data-testid="list-total">
            {t('list.total', { total })}
          </Typography>
          <RegistrantTable
            columns={columns}
            rows={page?.results ?? []}
            sort={sort}
            onSort={onSort}
            selected={selected}
            onSelect={onSelect}
            onOpen={(row) => row.userId !== null && setCardUser(row.userId)}
            caption={t('list.caption', { title: meta.event.title })}
          />
          <Pagination.Root pageCount={Math.max(1, Math.ceil(total / pageSize))} total={total} defaultPageSize={pageSize}>
            <Pagination.PageSize options={['25', '50', '100', '200']} />
            <Pagination.Links />
          </Pagination.Root>
        </Flex>
      </Layouts.Content>
      <ExportDialog open={exporting} eventDocumentId={eventDocumentId} eventSlug={meta.event.slug} query={query} onClose={() => setExporting(false)} />
      <PersonCard userId={cardUser} onClose={() => setCardUser(null)} />
      <AddRegistrantDialog
        open={adding}
        questions={meta.columns}
        full={counts !== null && counts.capacity !== null && counts.registered >= counts.capacity}
        onSubmit={addRegistrant}
        onClose={() => setAdding(false)}
      />
      <FilterDialog open={filtersOpen} columns={meta.columns} initial={filterRows} onApply={applyFilters} onClose={() => setFiltersOpen(false)} />
    </Page.Main>
  );
};

export default RegistrantsPage;
