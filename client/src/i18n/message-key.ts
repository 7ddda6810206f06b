import type common from '../../locales/en/common.json';
import type dataFile from '../../locales/en/data-file.json';
import type enroll from '../../locales/en/enroll.json';
import type form from '../../locales/en/form.json';
import type home from '../../locales/en/home.json';
import type recordStates from '../../locales/en/record-states.json';
import type sendAgain from '../../locales/en/send-again.json';
import type staff from '../../locales/en/staff.json';
import type staffAdmin from '../../locales/en/staff-admin.json';
import type staffAudit from '../../locales/en/staff-audit.json';
import type staffDashboard from '../../locales/en/staff-dashboard.json';
import type staffFleet from '../../locales/en/staff-fleet.json';
import type staffFormProblems from '../../locales/en/staff-form-problems.json';
import type staffForms from '../../locales/en/staff-forms.json';
import type staffQueues from '../../locales/en/staff-queues.json';
import type staffRecords from '../../locales/en/staff-records.json';
import type storage from '../../locales/en/storage.json';
import type sync from '../../locales/en/sync.json';
import type tally from '../../locales/en/tally.json';
import type update from '../../locales/en/update.json';

/** The English catalog, the source: its screens and their keys are the only keys code may ask for. */
interface EnglishScreens {
  common: typeof common;
  'data-file': typeof dataFile;
  enroll: typeof enroll;
  form: typeof form;
  home: typeof home;
  'record-states': typeof recordStates;
  'send-again': typeof sendAgain;
  staff: typeof staff;
  'staff-admin': typeof staffAdmin;
  'staff-audit': typeof staffAudit;
  'staff-dashboard': typeof staffDashboard;
  'staff-fleet': typeof staffFleet;
  'staff-form-problems': typeof staffFormProblems;
  'staff-forms': typeof staffForms;
  'staff-queues': typeof staffQueues;
  'staff-records': typeof staffRecords;
  storage: typeof storage;
  sync: typeof sync;
  tally: typeof tally;
  update: typeof update;
}

/** "screen.key", e.g. "home.syncNow": a key of the English catalog. */
export type MessageKey = {
  [S in keyof EnglishScreens]: `${S}.${keyof EnglishScreens[S] & string}`;
}[keyof EnglishScreens];
