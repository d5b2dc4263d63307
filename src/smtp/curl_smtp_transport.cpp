#include "smtp/curl_smtp_transport.h"

#include <curl/curl.h>

#include <cstring>
#include <fstream>
#include <mutex>

namespace salesdesk::smtp {
namespace {

// libcurl reads the message through this callback, a piece at a time.
struct Upload {
  const std::string* data;
  std::size_t offset = 0;
};

std::size_t ReadPiece(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* up = static_cast<Upload*>(user);
  const std::size_t n = std::min(size * count, up->data->size() - up->offset);
  std::memcpy(buffer, up->data->data() + up->offset, n);
  up->offset += n;
  return n;
}

// SMTP paths are written <address>.
std::string Angle(const std::string& address) { return "<" + address + ">"; }

}  // namespace

CurlSmtpTransport::CurlSmtpTransport(SmtpSettings settings) : settings_(std::move(settings)) {
  static std::once_flag init;
  std::call_once(init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

core::Result<void> CurlSmtpTransport::Send(const std::vector<std::string>& recipients,
                                           const std::string& message) {
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
  if (!curl) return core::Error::Make(core::ErrorCode::kInternal, "libcurl could not start");
  const std::string url = "smtp://" + settings_.host + ":" + std::to_string(settings_.port);
  const std::string from = Angle(settings_.from);
  curl_slist* rcpt = nullptr;
  for (const auto& r : recipients) rcpt = curl_slist_append(rcpt, Angle(r).c_str());
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> rcpt_list(rcpt, &curl_slist_free_all);
  Upload upload{&message};
  char error[CURL_ERROR_SIZE] = {};
  CURL* h = curl.get();
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(h, CURLOPT_MAIL_RCPT, rcpt_list.get());
  curl_easy_setopt(h, CURLOPT_READFUNCTION, &ReadPiece);
  curl_easy_setopt(h, CURLOPT_READDATA, &upload);
  curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error);
  curl_easy_setopt(h, CURLOPT_TIMEOUT, settings_.timeout_seconds);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);  // the job thread must not get SIGALRM
  if (settings_.starttls) curl_easy_setopt(h, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  if (!settings_.user.empty()) {
    curl_easy_setopt(h, CURLOPT_USERNAME, settings_.user.c_str());
    curl_easy_setopt(h, CURLOPT_PASSWORD, settings_.password.c_str());
  }
  const CURLcode rc = curl_easy_perform(h);
  if (rc == CURLE_OK) return core::Ok();
  long reply = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &reply);
  std::string text = error[0] != '\0' ? error : curl_easy_strerror(rc);
  if (reply != 0) text += " (SMTP " + std::to_string(reply) + ")";
  return core::Error::Make(core::ErrorCode::kUnavailable, text);
}

core::Result<std::string> ReadPasswordFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return core::Error::Invalid("smtp-password-file", "cannot read " + path);
  std::string line;
  std::getline(in, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace salesdesk::smtp
