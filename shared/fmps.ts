/** A Flow Monitoring Point as the server lists it; admins edit the live list. */
export interface Fmp {
  code: string;
  name: string;
  district: string;
  timeZone: string;
}
