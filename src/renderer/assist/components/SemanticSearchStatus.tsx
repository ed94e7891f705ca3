import { useTranslation } from 'react-i18next';
import type { SemanticStatus } from '../search/semanticStatus';

const DEVICE = { webgpu: 'WebGPU', wasm: 'WebAssembly', cpu: 'CPU' } as const;

/** One line under the knowledge-base status: whether search uses vectors, and if not, why not; with
 *  "Download search model" when the model is missing and policy allows downloads. */
export function SemanticSearchStatus({ status, onDownload }: { status: SemanticStatus; onDownload?(): void }) {
  const { t } = useTranslation();
  const text = (() => {
    switch (status.state) {
      case 'off':
        return t('assist.semantic.off');
      case 'missing':
        return t('assist.semantic.failed', { reason: t('assist.semantic.missing', { model: status.modelId }) });
      case 'downloading':
        return t('assist.semantic.downloading', { model: status.modelId, percent: status.totalBytes ? Math.floor((100 * status.receivedBytes) / status.totalBytes) : 0 });
      case 'loading':
        return t('assist.semantic.loading', { model: status.modelId });
      case 'indexing':
        return t('assist.semantic.indexing', { done: status.done, total: status.total });
      case 'on':
        return t('assist.semantic.on', { model: status.modelId, device: DEVICE[status.device] });
      case 'failed':
        return t('assist.semantic.failed', { reason: status.reason });
    }
  })();
  const detail = status.state === 'missing' ? status.looked.join('\n') : status.state === 'on' ? t('assist.semantic.detail', { dimensions: status.dimensions, embedded: status.embedded, seconds: (status.embedMs / 1000).toFixed(2), cached: status.cached }) : undefined;
  return (
    <>
      <p className="kb-semantic" role="status" aria-label={t('assist.semanticStatus')} data-state={status.state} title={detail}>
        {text}
      </p>
      {status.state === 'missing' && status.canDownload && onDownload && (
        <button type="button" onClick={onDownload}>
          {t('assist.semantic.download')}
        </button>
      )}
    </>
  );
}
