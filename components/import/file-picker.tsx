'use client';
import { useState } from 'react';

export interface PickedFile {
  file: string;
  text: string;
}

/** Choose files or paste one; the browser reads them as text. */
export function FilePicker({
  onChange,
  accept,
  labels,
}: {
  onChange: (files: PickedFile[]) => void;
  accept?: string;
  labels: { files: string; paste: string; pasteName: string };
}) {
  const [picked, setPicked] = useState<PickedFile[]>([]);
  const [pasted, setPasted] = useState('');
  const [pasteName, setPasteName] = useState('pasted.txt');
  const emit = (files: PickedFile[], text: string, name: string) =>
    onChange([...files, ...(text.trim() ? [{ file: name || 'pasted.txt', text }] : [])]);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div>
        <label htmlFor="files" className="block text-sm font-medium text-slate-800">
          {labels.files}
        </label>
        <input
          id="files"
          type="file"
          multiple
          accept={accept}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
          onChange={async (e) => {
            const list = await Promise.all(Array.from(e.target.files ?? []).map(async (f) => ({ file: f.name, text: await f.text() })));
            setPicked(list);
            emit(list, pasted, pasteName);
          }}
        />
        {picked.length ? <p className="mt-1 text-xs text-slate-600">{picked.map((p) => p.file).join(', ')}</p> : null}
      </div>
      <div>
        <label htmlFor="paste" className="block text-sm font-medium text-slate-800">
          {labels.paste}
        </label>
        <textarea
          id="paste"
          rows={6}
          value={pasted}
          onChange={(e) => {
            setPasted(e.target.value);
            emit(picked, e.target.value, pasteName);
          }}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-xs"
        />
        <label htmlFor="paste-name" className="mt-2 block text-xs font-medium text-slate-600">
          {labels.pasteName}
        </label>
        <input
          id="paste-name"
          value={pasteName}
          onChange={(e) => {
            setPasteName(e.target.value);
            emit(picked, pasted, e.target.value);
          }}
          className="mt-1 w-64 rounded-md border border-slate-300 px-2 py-1 text-sm"
        />
      </div>
    </div>
  );
}
