/** A small server-rendered horizontal bar chart (SVG, no script): labelled for screen readers and print. */
export function BarChart({ title, data }: { title: string; data: { label: string; value: number; color: string }[] }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const rowH = 28;
  const width = 420;
  // Room for the longest label (German names run longer): about 7 px per character at 12 px.
  const labelW = Math.min(220, Math.max(150, 10 + 7 * Math.max(0, ...data.map((d) => d.label.length))));
  return (
    <figure>
      <figcaption className="mb-2 text-sm font-semibold text-slate-800">{title}</figcaption>
      <svg
        role="img"
        aria-label={`${title}: ${data.map((d) => `${d.label} ${d.value}`).join(', ')}`}
        viewBox={`0 0 ${width} ${data.length * rowH}`}
        className="w-full max-w-md"
      >
        {data.map((d, i) => {
          const w = ((width - labelW - 40) * d.value) / max;
          return (
            <g key={d.label} transform={`translate(0 ${i * rowH})`}>
              <text x={0} y={18} fontSize="12" fill="#334155">
                {d.label}
              </text>
              <rect x={labelW} y={6} width={Math.max(w, d.value ? 2 : 0)} height={16} rx={3} fill={d.color} />
              <text x={labelW + w + 6} y={18} fontSize="12" fill="#0f172a" fontWeight="600">
                {d.value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
