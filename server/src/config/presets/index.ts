// The presets: each a configuration of the public template it is named after (its docs page,
// docs/presets/<name>.md, names the source), merged under a team's own keys (config/load.ts).
import type { PresetName } from '../../postmortem/vocabulary';
import type { ConfigInput } from '../schema';
import { atlassian } from './atlassian';
import { dfds } from './dfds';
import { etsy } from './etsy';
import { flutter } from './flutter';
import { gitlab } from './gitlab';
import { googleSre } from './google-sre';
import { incidentIoCmr } from './incident-io-cmr';
import { incidentIoLightweight } from './incident-io-lightweight';
import { incidentIoRca } from './incident-io-rca';
import { mojCloudPlatform } from './moj-cloud-platform';
import { pagerduty } from './pagerduty';

export const PRESETS: Readonly<Record<PresetName, ConfigInput>> = {
  etsy,
  'google-sre': googleSre,
  pagerduty,
  atlassian,
  gitlab,
  'incident-io-cmr': incidentIoCmr,
  'incident-io-rca': incidentIoRca,
  'incident-io-lightweight': incidentIoLightweight,
  'moj-cloud-platform': mojCloudPlatform,
  dfds,
  flutter,
};
