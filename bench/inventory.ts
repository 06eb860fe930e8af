// A deterministic inventory with realistic names for bench/run.ts: the shape (integrations, data
// classes, mandates, criticality, failmodes, 1–5 groups per application) comes from
// generateInventory in bench/assess.ts; names, owners and a few notes are replaced by ones that look
// like a real organisation's ("Finance Expense Claims (EU)", group "finance-contractors").
import type { Inventory } from '../lib/domain/types';
import { generateInventory } from './assess';

const DEPARTMENTS = [
  'Finance',
  'HR',
  'Payroll',
  'Sales',
  'Marketing',
  'Engineering',
  'Support',
  'Legal',
  'Procurement',
  'Facilities',
  'Research',
  'Clinical',
  'Warehouse',
  'Logistics',
  'IT Ops',
  'Security',
  'Treasury',
  'Audit',
  'Customer Success',
  'Data Platform',
] as const;
const SYSTEMS = [
  'Portal',
  'VPN',
  'Wiki',
  'CRM',
  'ERP',
  'Jump Host',
  'Build Server',
  'File Share',
  'Ticketing',
  'Analytics',
  'Mail Gateway',
  'Reporting',
  'Timesheets',
  'Expense Claims',
  'Git',
  'CI Runners',
  'Monitoring',
  'Backup Console',
  'Intranet',
  'Remote Desktop',
] as const;
const REGIONS = ['EU', 'US', 'APAC', 'UK', 'LATAM', 'DACH'] as const;
const ROLES = [
  'admins',
  'staff',
  'contractors',
  'on-call',
  'managers',
  'auditors',
  'interns',
  'service-accounts',
  'break-glass',
  'vendors',
] as const;
const FIRST = ['Dana', 'Luca', 'Mira', 'Jonas', 'Aisha', 'Tom', 'Priya', 'Felix', 'Sofia', 'Omar', 'Lena', 'Noah'] as const;
const LAST = ['Fischer', 'Okafor', 'Novak', 'Schmidt', 'Rossi', 'Tanaka', 'Meyer', 'Haddad', 'Larsen', 'Weber', 'Silva'] as const;

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** `apps` ≤ 2,400 and `groups` ≤ 200 (the name space of the word lists). */
export function realisticInventory(apps: number, groups: number, seed = 42): Inventory {
  if (apps > DEPARTMENTS.length * SYSTEMS.length * REGIONS.length)
    throw new Error(`at most ${DEPARTMENTS.length * SYSTEMS.length * REGIONS.length} applications`);
  if (groups > DEPARTMENTS.length * ROLES.length) throw new Error(`at most ${DEPARTMENTS.length * ROLES.length} groups`);
  const base = generateInventory(apps, groups, seed);
  const groupName = new Map<string, string>();
  base.groups.forEach((g, i) => {
    const dept = DEPARTMENTS[i % DEPARTMENTS.length];
    const role = ROLES[Math.floor(i / DEPARTMENTS.length) % ROLES.length];
    groupName.set(g.name, `${slug(dept)}-${role}`);
  });
  return {
    version: 1,
    groups: base.groups.map((g) => ({ ...g, name: groupName.get(g.name)! })),
    applications: base.applications.map((a, i) => {
      const dept = DEPARTMENTS[i % DEPARTMENTS.length];
      const system = SYSTEMS[Math.floor(i / DEPARTMENTS.length) % SYSTEMS.length];
      const region = REGIONS[Math.floor(i / (DEPARTMENTS.length * SYSTEMS.length)) % REGIONS.length];
      const owner = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} (${dept})`;
      return {
        ...a,
        name: `${dept} ${system} (${region})`,
        groups: a.groups.map((g) => groupName.get(g)!),
        owner,
        ...(i % 5 === 0
          ? { notes: `Runs in the ${region} data centre. Vendor support contract ${1000 + i}; escalate via the ${dept} on-call rota.` }
          : {}),
      };
    }),
  };
}
