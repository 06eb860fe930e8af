// What the Duo test double serves in the integration and e2e tests (issue 19). Keys are fake;
// names are unique ("Duo sync …") so no other spec filters on them.
import type { DoubleGroup, DoubleIntegration, DoubleUser } from './duo-double';

// 20-character integration keys and 40-character secret keys, as Duo's.
export const SYNC_IKEY = {
  vpn: 'DIVPNRADIUSTESTKEY01',
  unix: 'DIUNIXBASTIONTEST001',
  rdp: 'DIRDPJUMPHOSTTEST001',
  admin: 'DIADMINAPITESTKEY001',
};
export const INTEGRATION_SECRET = 'IntegrationSecretNeverStoredAnywhere0001';

export const DUO_GROUPS: DoubleGroup[] = [
  { group_id: 'DGSYNCVPNUSERS000001', name: 'Duo sync VPN users', status: 'Active', desc: 'Everyone on the VPN' },
  { group_id: 'DGSYNCCONTRACTORS001', name: 'Duo sync contractors', status: 'Active' },
  { group_id: 'DGSYNCADMINS00000001', name: 'Duo sync admins', status: 'Active' },
];

export const DUO_INTEGRATIONS: DoubleIntegration[] = [
  {
    integration_key: SYNC_IKEY.vpn,
    secret_key: INTEGRATION_SECRET,
    name: 'Duo sync VPN',
    type: 'radius',
    groups_allowed: ['DGSYNCVPNUSERS000001', 'DGSYNCCONTRACTORS001'],
    notes: 'GlobalProtect',
  },
  {
    integration_key: SYNC_IKEY.unix,
    secret_key: INTEGRATION_SECRET,
    name: 'Duo sync bastion',
    type: 'unix',
    groups_allowed: ['DGSYNCADMINS00000001'],
  },
  {
    integration_key: SYNC_IKEY.rdp,
    secret_key: INTEGRATION_SECRET,
    name: 'Duo sync jump host',
    type: 'rdp',
    groups_allowed: ['DGSYNCADMINS00000001', 'DGSYNCCONTRACTORS001'],
  },
  // The Admin API application itself protects no login: skipped.
  { integration_key: SYNC_IKEY.admin, secret_key: INTEGRATION_SECRET, name: 'Duo sync Admin API', type: 'adminapi', groups_allowed: [] },
];

export const DUO_USERS: DoubleUser[] = [
  { user_id: 'DUSYNC00000000000001', username: 'alice', status: 'active', groups: ['DGSYNCVPNUSERS000001', 'DGSYNCADMINS00000001'] },
  { user_id: 'DUSYNC00000000000002', username: 'bob', status: 'active', groups: ['DGSYNCVPNUSERS000001'] },
  { user_id: 'DUSYNC00000000000003', username: 'carol', status: 'bypass', groups: ['DGSYNCCONTRACTORS001'] },
  { user_id: 'DUSYNC00000000000004', username: 'dave', status: 'active', groups: ['DGSYNCCONTRACTORS001'] },
  { user_id: 'DUSYNC00000000000005', username: 'erin', status: 'active', groups: [] },
];

export const fixtureState = () => ({
  integrations: structuredClone(DUO_INTEGRATIONS),
  groups: structuredClone(DUO_GROUPS),
  users: structuredClone(DUO_USERS),
});
