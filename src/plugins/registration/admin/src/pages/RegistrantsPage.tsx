/**
 * An event's registrant list: live counters, search, filters on any column, sorting by a column's
 * header, paging, the columns the organizer chose (remembered per organizer), and the rows' actions.
 * The query lives in the page's address and goes to the list route as is (server-side sort, filter
 * and paging); a change of a registration of the event (any instance) reads the page again.
 */
import * as React from 'react';
import { Box, Flex, LinkButton, Searchbar, Typography, Button } from '@strapi/design-system';
import { ArrowLeft, ArrowClockwise } from '@strapi/icons';
import { Layouts, Page, Pagination } from '@strapi/strapi/admin';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { RegistrantColumns, RegistrantCounts, RegistrantPage } from '../../../../../../cms/src/registrants';
import { Counters } from '../components/Counters';
import { RegistrantTable } from '../components/RegistrantTable';
import { useLiveRefresh } from '../hooks/useLiveRefresh';
import { useRegistrantsApi } from '../hooks/useRegistrantsApi';
import { listQuery, nextSort, readSort } from '../utils/list-query';
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
  const query = listQuery(params);
  const sort = readSort(params);

  React.useEffect(() => {
    let live = true;
    api
      .columns(eventDocumentId)
      .then((answer) => live && setMeta(answer))
      .catch(() => live && setFailed('columns'));
    return () => {
      live = false;
    };
  }, [api, eventDocumentId]);

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

  const onSelect = (ids: number[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  if (failed === 'columns') return <Page.Error />;
  if (!meta) return <Page.Loading>{t('list.loading')}</Page.Loading>;

  const columns = meta.columns;
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
          <LinkButton tag={Link} to="checkin" variant="secondary">
            {t('list.checkin')}
          </LinkButton>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Counters counts={counts} />
          <Flex gap={2} wrap="wrap">
            <Box style={{ minWidth: 280 }}>
              <Searchbar
                name="q"
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                onClear={() => setSearch('')}
                clearLabel={t('search.clear')}
                placeholder={t('search.placeholder')}
              >
                {t('search.label')}
              </Searchbar>
            </Box>
            <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={() => void load()}>
              {t('list.reload')}
            </Button>
          </Flex>
          {failed === 'rows' ? (
            <Typography textColor="danger600" role="alert">
              {t('list.failed')}
            </Typography>
          ) : null}
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
            caption={t('list.caption', { title: meta.event.title })}
          />
          <Pagination.Root pageCount={Math.max(1, Math.ceil(total / pageSize))} total={total} defaultPageSize={pageSize}>
            <Pagination.PageSize options={['25', '50', '100', '200']} />
            <Pagination.Links />
          </Pagination.Root>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default RegistrantsPage;
