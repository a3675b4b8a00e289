import type { ComponentChildren } from 'preact';

/**
 * A list shown as a table: the caption for screen readers (the page's heading says it to everyone
 * else), one column header per entry, and the rows the page renders.
 */
export function ListTable({ class: className, caption, columns, children }: {
  class: string;
  caption: string;
  columns: ComponentChildren[];
  children: ComponentChildren;
}) {
  return (
    <table class={className}>
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, index) => <th key={index} scope="col">{column}</th>)}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
