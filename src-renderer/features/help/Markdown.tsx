import ReactMarkdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';

interface MarkdownProps {
  /** CommonMark, with GitHub's tables. */
  text: string;
  /** The address of an image the app ships, or null: any other image is left out. */
  imageUrl: (source: string) => string | null;
  /** The id of the page's title (its one level-1 heading), for the page's aria-labelledby. */
  titleId: string;
}

/** The element's own props, without the syntax tree node react-markdown passes beside them. */
function own<P extends ExtraProps>({ node: _node, ...props }: P) {
  return props;
}

const tableParts: Components = {
  table: (props) => <table className="figures-table" {...own(props)} />,
  th: (props) => <th scope="col" {...own(props)} />,
};

/**
 * The user guide's Markdown as React elements. Raw HTML in the text stays text (react-markdown
 * shows it as text unless a plugin is added to render it), links show only their text (help never
 * opens a browser), and only the images the app ships are shown.
 */
export function Markdown({ text, imageUrl, titleId }: MarkdownProps) {
  const components: Components = {
    ...tableParts,
    h1: (props) => <h1 id={titleId} {...own(props)} />,
    img: ({ src, alt }) => {
      const source = typeof src === 'string' ? imageUrl(src) : null;
      return source ? (
        <img className="guide-image" src={source} alt={alt ?? ''} loading="lazy" />
      ) : null;
    },
  };
  return (
    <ReactMarkdown
      remarkPlugins={[remarkGfm]}
      components={components}
      disallowedElements={['a']}
      unwrapDisallowed
    >
      {text}
    </ReactMarkdown>
  );
}
