import { useEffect, useState } from 'preact/hooks';
import { INDUSTRY_NAMES_NOW, loadIndustryNames, type IndustryNames } from '../../locales/industry-names';
import { useI18n } from '../../state/contexts';

/**
 * The 中分類 names in the page's language: at once in Japanese; English once its names have
 * loaded (null until then: the code alone shows for that moment).
 */
export function useIndustryNames(): IndustryNames | null {
  const language = useI18n().language.value;
  const [, loaded] = useState(0);
  useEffect(() => {
    if (INDUSTRY_NAMES_NOW[language]) return;
    let live = true;
    void loadIndustryNames(language).then((names) => {
      INDUSTRY_NAMES_NOW[language] = names;
      if (live) loaded((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [language]);
  return INDUSTRY_NAMES_NOW[language] ?? null;
}
