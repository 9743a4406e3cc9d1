/**
 * CSV export of the list as it is filtered, searched and sorted now: the delimiter (`;` for a Russian
 * Excel, the default, or `,`), then the file streams in with a progress bar (the server announces
 * how many rows follow; the page counts the lines it has received) and is saved when complete.
 * The admin JWT goes in the Authorization header; nothing about the list goes anywhere but the file.
 */
import * as React from 'react';
import { Button, Flex, Modal, ProgressBar, Radio, Typography } from '@strapi/design-system';
import { storedAdminToken } from '../../../../../../cms/src/live';
import { CSV_DELIMITERS, EXPORT_TOTAL_ROWS_HEADER, type CsvDelimiter } from '../../../../../../cms/src/registrants';
import { apiPath, backendUrl, eventPath } from '../hooks/useRegistrantsApi';
import { saveFile } from '../utils/save-file';
import { useT } from '../utils/translations';

interface Props {
  open: boolean;
  eventDocumentId: string;
  eventSlug: string;
  /** The list's query as the list route gets it (q, sort, filters). */
  query: string;
  onClose(): void;
}

type Progress = { state: 'idle' } | { state: 'running'; rows: number; total: number | null } | { state: 'done'; rows: number } | { state: 'failed' };

const isDelimiter = (value: unknown): value is CsvDelimiter => (CSV_DELIMITERS as readonly unknown[]).includes(value);

/** Line breaks in a chunk of the file (a cell holding a line break counts too: the bar is an estimate). */
const countLines = (chunk: Uint8Array) => chunk.reduce((count, byte) => (byte === 10 ? count + 1 : count), 0);

export const ExportDialog = ({ open, eventDocumentId, eventSlug, query, onClose }: Props) => {
  const t = useT();
  const [delimiter, setDelimiter] = React.useState<CsvDelimiter>(';');
  const [progress, setProgress] = React.useState<Progress>({ state: 'idle' });
  const running = React.useRef<AbortController | null>(null);

  React.useEffect(() => {
    if (open) setProgress({ state: 'idle' });
    else running.current?.abort();
  }, [open]);

  const start = async () => {
    const controller = new AbortController();
    running.current = controller;
    setProgress({ state: 'running', rows: 0, total: null });
    const params = new URLSearchParams(query);
    params.delete('page');
    params.delete('pageSize');
    params.set('delimiter', delimiter);
    const token = storedAdminToken();
    try {
      const response = await fetch(`${backendUrl()}${apiPath(`${eventPath(eventDocumentId)}/registrants/export`)}?${params.toString()}`, {
        headers: { accept: 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        signal: controller.signal,
      });
      if (!response.ok || !response.body) throw new Error(`export: ${response.status}`);
      const announced = Number(response.headers.get(EXPORT_TOTAL_ROWS_HEADER));
      const total = Number.isFinite(announced) && response.headers.has(EXPORT_TOTAL_ROWS_HEADER) ? announced : null;
      const parts: BlobPart[] = [];
      let lines = 0;
      let endsWithBreak = true;
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (value.length === 0) continue;
        parts.push(value);
        lines += countLines(value);
        endsWithBreak = value[value.length - 1] === 10;
        // the header row is not a data row
        setProgress({ state: 'running', rows: Math.max(0, lines - 1), total });
      }
      const date = new Date().toISOString().slice(0, 10);
      saveFile(new Blob(parts, { type: 'text/csv;charset=utf-8' }), `uchastniki-${eventSlug}-${date}.csv`);
      // the last row may end without a line break
      const rows = Math.max(0, lines + (endsWithBreak ? 0 : 1) - 1);
      setProgress({ state: 'done', rows: total ?? rows });
    } catch {
      if (!controller.signal.aborted) setProgress({ state: 'failed' });
    } finally {
      running.current = null;
    }
  };

  const percent = progress.state === 'running' && progress.total ? Math.min(99, Math.round((progress.rows / Math.max(progress.total, 1)) * 100)) : null;

  return (
    <Modal.Root open={open} onOpenChange={(next) => (!next ? onClose() : undefined)}>
      <Modal.Content>
        <Modal.Header closeLabel={t('dialog.close')}>
          <Modal.Title>{t('export.title')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Typography>{t('export.hint')}</Typography>
            <Radio.Group
              name="delimiter"
              aria-label={t('export.delimiter')}
              value={delimiter}
              onValueChange={(value: string) => isDelimiter(value) && setDelimiter(value)}
              disabled={progress.state === 'running'}
            >
              <Radio.Item value=";">{t('export.semicolon')}</Radio.Item>
              <Radio.Item value=",">{t('export.comma')}</Radio.Item>
            </Radio.Group>
            <div aria-live="polite" data-testid="export-progress">
              {progress.state === 'running' ? (
                <Flex direction="column" alignItems="stretch" gap={2}>
                  {percent !== null ? <ProgressBar value={percent} aria-label={t('export.progressLabel')} /> : null}
                  <Typography>{progress.total !== null ? t('export.progress', { rows: progress.rows, total: progress.total }) : t('export.progressRows', { rows: progress.rows })}</Typography>
                </Flex>
              ) : null}
              {progress.state === 'done' ? <Typography textColor="success600">{t('export.done', { rows: progress.rows })}</Typography> : null}
              {progress.state === 'failed' ? (
                <Typography textColor="danger600" role="alert">
                  {t('export.failed')}
                </Typography>
              ) : null}
            </div>
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="tertiary" onClick={onClose}>
            {progress.state === 'running' ? t('export.stop') : t('add.close')}
          </Button>
          <Button onClick={() => void start()} loading={progress.state === 'running'}>
            {t('export.start')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
