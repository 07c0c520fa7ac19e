import type { Block, Inline } from './markdown';

interface MarkdownProps {
  blocks: Block[];
  /** The address of an image the app ships, or null: any other image is left out. */
  imageUrl: (source: string) => string | null;
  /** The id of the first heading, for the page's aria-labelledby. */
  titleId: string;
}

/** Parsed Markdown as React elements: text stays text (React escapes it), never HTML. */
export function Markdown({ blocks, imageUrl, titleId }: MarkdownProps) {
  const titleIndex = blocks.findIndex((block) => block.kind === 'heading');
  return blocks.map((block, index) => (
    <MarkdownBlock
      key={index}
      block={block}
      imageUrl={imageUrl}
      id={index === titleIndex ? titleId : undefined}
    />
  ));
}

function MarkdownBlock({
  block,
  imageUrl,
  id,
}: {
  block: Block;
  imageUrl: MarkdownProps['imageUrl'];
  id?: string;
}) {
  switch (block.kind) {
    case 'heading': {
      const Heading = `h${block.level}` as const;
      return (
        <Heading id={id}>
          <InlineText content={block.content} />
        </Heading>
      );
    }
    case 'paragraph':
      return (
        <p>
          <InlineText content={block.content} />
        </p>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, index) => (
            <li key={index}>
              <InlineText content={item.content} />
              {item.blocks.map((nested, at) => (
                <MarkdownBlock key={at} block={nested} imageUrl={imageUrl} />
              ))}
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      return (
        <table className="figures-table">
          <thead>
            <tr>
              {block.header.map((cell, index) => (
                <th key={index} scope="col">
                  <InlineText content={cell} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, at) => (
                  <td key={at}>
                    <InlineText content={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'image': {
      const source = imageUrl(block.source);
      return source ? (
        <img className="guide-image" src={source} alt={block.alt} loading="lazy" />
      ) : null;
    }
  }
}

function InlineText({ content }: { content: Inline[] }) {
  return content.map((part, index) => {
    switch (part.kind) {
      case 'text':
        return part.text;
      case 'code':
        return <code key={index}>{part.text}</code>;
      case 'strong':
        return (
          <strong key={index}>
            <InlineText content={part.children} />
          </strong>
        );
      case 'em':
        return (
          <em key={index}>
            <InlineText content={part.children} />
          </em>
        );
    }
  });
}
