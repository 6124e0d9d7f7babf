// Etsy's debriefing layout, this project's default: the schema's defaults are this preset.
import type { ConfigInput } from '../schema';

export const etsy: ConfigInput = {};
