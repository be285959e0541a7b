// `huibao themes init <name> --from unit.pptx`: the theme file starts from a template's colours and fonts, over
// the quiet built-in theme (minimal: white, small accent bars), which the written file extends.
import { resolveTheme } from '../theme/index.js';
import type { Theme } from '../theme/types.js';
import { prepareTemplate } from './index.js';
import { standaloneTheme } from './theme.js';

export function templateBaseTheme(file: string, lang = 'zh-CN'): Theme {
  const { template, mapping } = prepareTemplate(file);
  return standaloneTheme(template, mapping, resolveTheme('minimal', { lang }), lang);
}
