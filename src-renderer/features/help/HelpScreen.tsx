import { useTranslation } from 'react-i18next';

const shortcuts = [
  ['Ctrl+K  /  /', 'help.search'],
  ['Ctrl+N', 'help.newCandidate'],
  ['Ctrl+1 … Ctrl+5', 'help.screens'],
  ['Ctrl+,', 'help.settings'],
  ['Tab / Shift+Tab', 'help.fields'],
  ['Enter', 'help.enter'],
  ['Esc', 'help.escape'],
  ['F8', 'help.toasts'],
  ['F1', 'help.help'],
] as const;

/** Help: the keyboard shortcuts (every action works without a mouse). */
export function HelpScreen() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="help-title">
      <h1 id="help-title">{t('help.title')}</h1>
      <p className="muted">{t('help.intro')}</p>
      <table className="figures-table shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('help.key')}</th>
            <th scope="col">{t('help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map(([keys, action]) => (
            <tr key={action}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{t(action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
