import { defineBackground } from 'wxt/utils/define-background';
import { buildCompanyIndex, type CompanyIndex } from '@/lib/company-index';
import { Dataset } from '@/data/schema';
import bundledDataset from '@/data/generated/dataset.json';
import { registerMessaging } from './messaging';

export default defineBackground(() => {
  // Built lazily on the first message: a worker woken for anything else pays nothing.
  let index: CompanyIndex | undefined;
  const getIndex = () => (index ??= buildCompanyIndex(Dataset.parse(bundledDataset)));
  registerMessaging(getIndex);
});
