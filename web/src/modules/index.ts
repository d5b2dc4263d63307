// The installed web modules: one line per module (web/README.md). The platform's own screens and
// navigation are in src/lib/platform.ts.
import type { WebModule } from './types';
import { sales } from './sales/module';
import { competitors } from './competitors/module';
import { leads } from './leads/module';
import { schedules } from './schedules/module';
import { activities } from './activities/module';
import { requests } from './requests/module';
import { billing } from './billing/module';
import { deliveries } from './deliveries/module';
import { pipeline } from './pipeline/module';
import { forecasts } from './forecasts/module';
import { targets } from './targets/module';
import { appraisal } from './appraisal/module';
import { commissions } from './commissions/module';
import { mail } from './mail/module';
import { accounts360 } from './accounts360/module';
import { cockpit } from './cockpit/module';
import { summaries } from './summaries/module';

export const MODULES: WebModule[] = [
  sales,
  competitors,
  leads,
  schedules,
  activities,
  requests,
  billing,
  deliveries,
  pipeline,
  forecasts,
  targets,
  appraisal,
  commissions,
  mail,
  accounts360,
  cockpit,
  summaries,
];
