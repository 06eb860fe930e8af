// The id of the bulk-edit form (components/applications/bulk-edit.tsx). The inventory table's row
// checkboxes belong to it (form="…"), so the server-rendered table needs it as a plain value: a
// constant exported from a 'use client' module would reach a server component as a client reference.
export const BULK_FORM_ID = 'bulk-edit';
