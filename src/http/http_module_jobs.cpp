#include "http/http_module.h"

namespace salesdesk::http {

std::vector<app::ScheduledJob> InstalledHttpJobs() {
  std::vector<app::ScheduledJob> jobs;
  for (const HttpModule* m : InstalledHttpModules()) {
    jobs.insert(jobs.end(), m->jobs.begin(), m->jobs.end());
  }
  return jobs;
}

}  // namespace salesdesk::http
