import 'server-only';
export { declareIncident } from './declare';
export { listIncidents, getIncident } from './read';
export { recordIncidentAction } from './actions';
export { updateIncidentItem } from './items';
export { closeIncident } from './close';
export { recordMessageSent } from './messages';
export { getIncidentReport, parseIncidentReportQuery } from './report';
export { incidentToDrill } from './drill';
