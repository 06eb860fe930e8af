'use client';
import { useState } from 'react';
import { Input } from './field';

/**
 * A search box above a long list of choices in a form (an inventory of thousands of applications):
 * it only hides what does not match (`matches`), so hidden choices keep their values and are sent.
 */
export function ListFilter({
  id,
  label,
  value,
  onChange,
  status,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  status: string;
}) {
  // `status` says how many are chosen, and that nothing matches when a filter hides everything.
  return (
    <div className="mb-3 flex flex-wrap items-end gap-3">
      <div className="w-full max-w-xs space-y-1.5">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <Input
          id={id}
          type="search"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          // Enter filters; it must not submit the form around the list.
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
          autoComplete="off"
        />
      </div>
      {/* The input's description (Input points aria-describedby at `${id}-hint`). */}
      <p id={`${id}-hint`} className="pb-2 text-sm text-slate-600" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

/** Whether `text` matches what was typed into a ListFilter (case-insensitive substring). */
export const matches = (text: string, filter: string) => !filter.trim() || text.toLowerCase().includes(filter.trim().toLowerCase());

/**
 * The choices of a long list to render: the first `limit` that match the filter, plus every chosen
 * one that matches (a form keeps the values of choices it does not render). `more` is the text for
 * the ListFilter status: nothing matches, or only the first `limit` of `matched` are shown.
 */
export function useListFilter<T>(
  items: readonly T[],
  {
    name,
    chosen,
    limit,
    noMatch,
    showingFirst,
  }: {
    name: (item: T) => string;
    chosen: (item: T, index: number) => boolean;
    limit: number;
    noMatch: string;
    showingFirst: (matched: number) => string;
  },
) {
  const [filter, setFilter] = useState('');
  const shown: { item: T; index: number }[] = [];
  let matched = 0;
  items.forEach((item, index) => {
    if (!matches(name(item), filter)) return;
    matched++;
    if (matched <= limit || chosen(item, index)) shown.push({ item, index });
  });
  const more = matched === 0 ? noMatch : matched > limit ? showingFirst(matched) : '';
  return { filter, setFilter, shown, status: (chosenText: string) => [chosenText, more].filter(Boolean).join(' · ') };
}
