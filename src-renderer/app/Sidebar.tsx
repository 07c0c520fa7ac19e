import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import type { Messages } from '../ui/i18n/nl';

export interface NavigationItem {
  path: string;
  label: `nav.${keyof Messages['nav']}`;
}

/**
 * The navigation: a sidebar on a wide window; on a narrow one (200 % zoom, a small screen) a top
 * bar whose Menu button folds the list open, so the screen keeps its width (WCAG 1.4.10). The CSS
 * decides which of the two shows; the button is there in both and hidden on wide windows.
 */
export function Sidebar({ navigation }: { navigation: readonly NavigationItem[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    menuButton.current?.focus();
  };
  return (
    <header
      className="sidebar"
      data-menu={open ? 'open' : 'closed'}
      onKeyDown={(event) => open && event.key === 'Escape' && close()}
    >
      <div className="brand-bar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <button
          ref={menuButton}
          type="button"
          className="menu-button"
          aria-expanded={open}
          aria-controls="main-navigation"
          onClick={() => setOpen(!open)}
        >
          {t('nav.menu')}
        </button>
      </div>
      <nav id="main-navigation" aria-label={t('nav.label')}>
        <ul>
          {navigation.map((item) => (
            <NavItem
              key={item.path}
              path={item.path}
              label={t(item.label)}
              // Choosing a screen folds the menu away again (no effect on a wide window).
              onChoose={() => setOpen(false)}
            />
          ))}
        </ul>
      </nav>
    </header>
  );
}

function NavItem(props: { path: string; label: string; onChoose: () => void }) {
  const [active] = useRoute(`${props.path}/*?`);
  return (
    <li>
      <Link
        href={props.path}
        className="nav-link"
        aria-current={active ? 'page' : undefined}
        onClick={props.onChoose}
      >
        {props.label}
      </Link>
    </li>
  );
}
