#include "demo/fixture_site.h"

#include <fmt/format.h>
#include <httplib.h>
#include <zlib.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/text.h"

namespace ariadne::demo {

namespace fs = std::filesystem;

namespace {

// UTF-8 text whose characters are all in U+0000-U+00FF (Latin-1) or Cyrillic to one-byte charsets.
std::string Encode(std::string_view utf8, bool cp1251) {
  std::string out;
  for (size_t i = 0; i < utf8.size();) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    uint32_t cp = c;
    size_t len = 1;
    if (c >= 0xC0 && c < 0xE0 && i + 1 < utf8.size()) {
      cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu);
      len = 2;
    }
    i += len;
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp1251 && cp >= 0x410 && cp <= 0x44F) {
      out += static_cast<char>(0xC0 + (cp - 0x410));  // А-я are contiguous in windows-1251
    } else if (cp1251 && cp == 0x451) {
      out += '\xB8';  // ё
    } else if (!cp1251 && cp < 0x100) {
      out += static_cast<char>(cp);
    } else {
      out += '?';
    }
  }
  return out;
}

constexpr std::string_view kRussian =
    "Работа на складе в Москве. Зарплата пятьдесят тысяч рублей в месяц, жильё и питание "
    "предоставляется. Опыт не нужен, документы оформим сами. Звоните сегодня: 07700 900123. "
    "Требуются молодые девушки и парни для работы официантами за границей, билеты бесплатно.";
constexpr std::string_view kFrench =
    "Chambre à louer près de la gare, café et déjeuner inclus, très calme. Idéal pour étudiante "
    "étrangère. Téléphone 07700 900456, écrivez-moi à propos du loyer. Garçon accepté.";

std::string Gzip(size_t zeros) {
  z_stream zs{};
  deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
  const std::string block(1 << 20, ' ');
  std::string out;
  unsigned char buf[1 << 16];
  for (size_t done = 0; done < zeros; done += block.size()) {
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(block.data()));
    zs.avail_in = static_cast<uInt>(block.size());
    const int flush = done + block.size() >= zeros ? Z_FINISH : Z_NO_FLUSH;
    do {
      zs.next_out = buf;
      zs.avail_out = sizeof buf;
      deflate(&zs, flush);
      out.append(reinterpret_cast<char*>(buf), sizeof buf - zs.avail_out);
    } while (zs.avail_out == 0);
  }
  deflateEnd(&zs);
  return out;
}

std::string DisplayDate(const std::string& iso) {
  // "YYYY-MM-DDTHH:MM:SSZ" -> "DD.MM.YYYY HH:MM", as many European ad sites write it.
  if (iso.size() < 16) return iso;
  return fmt::format("{}.{}.{} {}", iso.substr(8, 2), iso.substr(5, 2), iso.substr(0, 4),
                     iso.substr(11, 5));
}

std::string PathSafe(const std::string& id) {
  std::string out;
  for (char c : id) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')
      out += c;
    else
      out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
  }
  return out;
}

std::string TextToHtml(const std::string& text) {
  std::string out = "<p>";
  for (std::string_view line : Split(text, '\n')) {
    if (out.size() > 3) out += "<br>\n";
    out += HtmlEscape(line);
  }
  return out + "</p>";
}

}  // namespace

Result<std::unique_ptr<FixtureSite>> FixtureSite::FromCorpus(const fs::path& corpus_dir) {
  std::ifstream in(corpus_dir / "ads.jsonl");
  if (!in) return IoError(fmt::format("{}: cannot read", (corpus_dir / "ads.jsonl").string()));
  std::vector<FixtureAd> ads;
  std::string line;
  int64_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("id") || !j.contains("text")) {
      return InvalidInput(fmt::format("{}:{}: not an ad", (corpus_dir / "ads.jsonl").string(), n));
    }
    FixtureAd a;
    auto str = [&](const char* k) {
      return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string();
    };
    a.id = str("id");
    a.site = str("site");
    a.kind = str("kind");
    a.lang = str("lang");
    a.region = str("region");
    a.posted_at = str("posted_at");
    a.location = str("location");
    a.title = str("title");
    a.text = str("text");
    a.salary = str("salary");
    a.employer = str("employer");
    if (j.contains("age") && j["age"].is_number_integer())
      a.age = std::to_string(j["age"].get<int>());
    if (j.contains("images") && j["images"].is_array()) {
      for (const auto& im : j["images"])
        if (im.is_string()) a.images.push_back(fs::path(im.get<std::string>()).filename().string());
    }
    ads.push_back(std::move(a));
  }
  std::unique_ptr<FixtureSite> site = FromAds(std::move(ads));
  site->images_dir_ = corpus_dir / "images";
  return site;
}

std::unique_ptr<FixtureSite> FixtureSite::FromAds(std::vector<FixtureAd> ads) {
  std::unique_ptr<FixtureSite> site(new FixtureSite());
  site->ads_ = std::move(ads);
  return site;
}

FixtureSite::~FixtureSite() {
  Stop();
}

int FixtureSite::listing_pages() const {
  std::lock_guard<std::mutex> lock(mu_);
  return std::max<int>(1, static_cast<int>((ads_.size() + kAdsPerPage - 1) / kAdsPerPage));
}

size_t FixtureSite::ad_count() const {
  std::lock_guard<std::mutex> lock(mu_);
  return ads_.size();
}

const FixtureAd* FixtureSite::Find(const std::string& id) const {
  for (const FixtureAd& a : ads_)
    if (PathSafe(a.id) == id || a.id == id) return &a;
  return nullptr;
}

std::string FixtureSite::ListingPage(int page) const {
  std::lock_guard<std::mutex> lock(mu_);
  const int pages =
      std::max<int>(1, static_cast<int>((ads_.size() + kAdsPerPage - 1) / kAdsPerPage));
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Classifieds - "
      "page {}</title></head>\n<body><header><nav><a href=\"/ads/page/1\">Home</a> <a "
      "href=\"/private/login\">Log in</a></nav></header>\n<main><h1>Latest ads</h1>\n<ul "
      "class=\"ads\">\n",
      page);
  const size_t from = static_cast<size_t>(page - 1) * kAdsPerPage;
  for (size_t i = from; i < ads_.size() && i < from + kAdsPerPage; ++i) {
    const FixtureAd& a = ads_[i];
    fmt::format_to(std::back_inserter(out),
                   "<li><a class=\"ad-link\" href=\"/ad/{}.html\">{}</a> <span "
                   "class=\"where\">{}</span></li>\n",
                   PathSafe(a.id), HtmlEscape(a.title.empty() ? a.id : a.title),
                   HtmlEscape(a.location));
  }
  out += "</ul>\n";
  if (page < pages)
    fmt::format_to(std::back_inserter(out), "<a rel=\"next\" href=\"/ads/page/{}\">Next</a>\n",
                   page + 1);
  out += "</main><footer>Fixture classifieds (synthetic)</footer></body></html>\n";
  return out;
}

std::string FixtureSite::AdPage(const FixtureAd& a) const {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\n<title>{title} - "
      "{site}</title>\n<meta name=\"ad-site\" content=\"{site}\">\n<meta name=\"ad-kind\" "
      "content=\"{kind}\">\n<meta name=\"ad-lang\" content=\"{lang}\">\n<meta name=\"ad-region\" "
      "content=\"{region}\">\n<script>var tracking = 'not ad text';</script></head>\n<body>\n"
      "<header><nav><a href=\"/ads/page/1\">All ads</a> | <a href=\"/private/post\">Post an "
      "ad</a></nav></header>\n<main>\n<article class=\"ad\" id=\"ad-{id}\">\n<h1 "
      "class=\"title\">{title}</h1>\n<div class=\"meta\"><span "
      "class=\"location\">{location}</span> "
      "<time class=\"posted\">{date}</time></div>\n<div class=\"ad-text\">{text}</div>\n",
      fmt::arg("lang", HtmlEscape(a.lang)), fmt::arg("title", HtmlEscape(a.title)),
      fmt::arg("site", HtmlEscape(a.site)), fmt::arg("kind", HtmlEscape(a.kind)),
      fmt::arg("region", HtmlEscape(a.region)), fmt::arg("id", HtmlEscape(PathSafe(a.id))),
      fmt::arg("location", HtmlEscape(a.location)), fmt::arg("date", DisplayDate(a.posted_at)),
      fmt::arg("text", TextToHtml(a.text)));
  if (!a.age.empty() || !a.salary.empty() || !a.employer.empty()) {
    out += "<dl class=\"details\">";
    if (!a.employer.empty())
      out += "<dt>Employer</dt><dd class=\"employer\">" + HtmlEscape(a.employer) + "</dd>";
    if (!a.age.empty()) out += "<dt>Age</dt><dd class=\"age\">" + HtmlEscape(a.age) + "</dd>";
    if (!a.salary.empty())
      out += "<dt>Salary</dt><dd class=\"salary\">" + HtmlEscape(a.salary) + "</dd>";
    out += "</dl>\n";
  }
  if (!a.images.empty()) {
    out += "<div class=\"gallery\">";
    for (const std::string& im : a.images)
      out += "<img class=\"photo\" src=\"/images/" + HtmlEscape(im) + "\" alt=\"\">";
    out += "</div>\n";
  }
  out += "</article>\n</main>\n<footer>Report this ad | Terms</footer>\n</body></html>\n";
  return out;
}

void FixtureSite::RemoveAd(const std::string& id) {
  std::lock_guard<std::mutex> lock(mu_);
  ads_.erase(
      std::remove_if(ads_.begin(), ads_.end(), [&](const FixtureAd& a) { return a.id == id; }),
      ads_.end());
}

void FixtureSite::ChangeAdText(const std::string& id, const std::string& text) {
  std::lock_guard<std::mutex> lock(mu_);
  for (FixtureAd& a : ads_)
    if (a.id == id) a.text = text;
}

int64_t FixtureSite::Hits(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = hits_.find(path);
  return it == hits_.end() ? 0 : it->second;
}

Result<std::string> FixtureSite::Start() {
  if (server_) return base_url_;
  server_ = std::make_unique<httplib::Server>();
  bomb_ = std::async(std::launch::async, [] { return Gzip(size_t{32} << 20); }).share();
  Route();
  const int port = server_->bind_to_any_port("127.0.0.1");
  if (port <= 0) return IoError("fixture site: cannot listen on 127.0.0.1");
  base_url_ = fmt::format("http://127.0.0.1:{}", port);
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  // stop() only stops a running server: wait until the thread is in its accept loop.
  while (!server_->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return base_url_;
}

void FixtureSite::Stop() {
  stopping_ = true;
  if (server_) server_->stop();
  if (thread_.joinable()) thread_.join();
  server_.reset();
}

void FixtureSite::Route() {
  httplib::Server& s = *server_;
  // Without TCP_NODELAY a response's head and body meet Nagle's algorithm and the client's
  // delayed ACK: 40 ms per page on loopback.
  s.set_tcp_nodelay(true);
  s.set_logger([this](const httplib::Request& req, const httplib::Response&) {
    std::lock_guard<std::mutex> lock(mu_);
    ++hits_[req.path];
  });
  s.Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "# Fixture site\nUser-agent: *\nDisallow: /private/\nDisallow: /nasty/disallowed\n"
        "Allow: /\n",
        "text/plain");
  });
  s.Get("/",
        [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/ads/page/1"); });
  s.Get(R"(/ads/page/(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
    const int page = std::atoi(req.matches[1].str().c_str());
    if (page < 1 || page > listing_pages()) {
      res.status = 404;
      res.set_content("<html><body><p>No such page</p></body></html>", "text/html");
      return;
    }
    res.set_content(ListingPage(page), "text/html; charset=utf-8");
  });
  s.Get(R"(/ad/([^/]+)\.html)", [this](const httplib::Request& req, httplib::Response& res) {
    std::string page;
    {
      std::lock_guard<std::mutex> lock(mu_);
      const FixtureAd* a = Find(req.matches[1].str());
      if (a != nullptr) page = AdPage(*a);
    }
    if (page.empty()) {
      res.status = 404;
      res.set_content("<html><body><p>This ad was removed.</p></body></html>", "text/html");
      return;
    }
    res.set_content(page, "text/html; charset=utf-8");
  });
  s.Get(R"(/images/([A-Za-z0-9_.-]+))",
        [this](const httplib::Request& req, httplib::Response& res) {
          std::ifstream in(images_dir_ / req.matches[1].str(), std::ios::binary);
          if (images_dir_.empty() || !in) {
            res.status = 404;
            return;
          }
          std::stringstream b;
          b << in.rdbuf();
          const std::string name = req.matches[1].str();
          res.set_content(b.str(), name.size() > 4 && name.substr(name.size() - 4) == ".png"
                                       ? "image/png"
                                       : "image/jpeg");
        });

  // The nasty pages.
  s.Get("/nasty/", [](const httplib::Request&, httplib::Response& res) {
    std::string out = "<html><body><h1>Nasty pages</h1><ul>";
    for (const char* p :
         {"endless", "drip", "loop/a", "redirect/1", "bomb", "malformed", "cp1251-noheader",
          "cp1251-wrongheader", "latin1-meta", "disallowed", "gone", "error"})
      out += fmt::format("<li><a href=\"/nasty/{0}\">{0}</a></li>", p);
    res.set_content(out + "</ul></body></html>", "text/html");
  });
  // octet-stream, not an HTML type: cpp-httplib would compress an HTML type for a client that
  // offers br, and its encoder holds the output back, so the crawler would meet its low-speed
  // limit instead of its size cap. The crawler still reads it as HTML by its first bytes.
  s.Get("/nasty/endless", [this](const httplib::Request&, httplib::Response& res) {
    res.set_chunked_content_provider("application/octet-stream",
                                     [this](size_t offset, httplib::DataSink& sink) {
                                       if (stopping_) return false;
                                       static const std::string chunk = [] {
                                         std::string c;
                                         while (c.size() < 64 * 1024)
                                           c += "<p>endless endless endless endless</p>\n";
                                         return c;
                                       }();
                                       if (offset == 0) {
                                         const std::string head = "<html><body>";
                                         if (!sink.write(head.data(), head.size())) return false;
                                       }
                                       return sink.write(chunk.data(), chunk.size());
                                     });
  });
  s.Get("/nasty/drip", [this](const httplib::Request&, httplib::Response& res) {
    res.set_chunked_content_provider("application/xhtml+xml",
                                     [this](size_t, httplib::DataSink& sink) {
                                       for (int i = 0; i < 4 && !stopping_; ++i)
                                         std::this_thread::sleep_for(std::chrono::milliseconds(50));
                                       if (stopping_) return false;
                                       return sink.write("<", 1);
                                     });
  });
  s.Get("/nasty/loop/a",
        [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/nasty/loop/b"); });
  s.Get("/nasty/loop/b",
        [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/nasty/loop/a"); });
  s.Get(R"(/nasty/redirect/(\d+))", [](const httplib::Request& req, httplib::Response& res) {
    res.set_redirect(
        fmt::format("/nasty/redirect/{}", std::atoll(req.matches[1].str().c_str()) + 1));
  });
  s.Get("/nasty/bomb", [this](const httplib::Request&, httplib::Response& res) {
    const std::string& body = bomb_.get();
    // octet-stream: cpp-httplib compresses text and XML types again, but not this.
    res.set_header("Content-Encoding", "gzip");
    res.set_content(body, "application/octet-stream");
  });
  s.Get("/nasty/malformed", [](const httplib::Request&, httplib::Response& res) {
    using namespace std::string_view_literals;
    std::string out = "<html><head><title>Broken <b>page</title><body><p>Unclosed <i>italic <p>";
    out += "\0\0NUL bytes\xff\xfe invalid UTF-8 \xc3\x28 and a phone 07700 900789 <p"sv;
    for (int i = 0; i < 50000; ++i) out += "<div>";
    out += "deep text";
    out += "<table><tr><td>cell<td>cell</table></span></div></html></body><script>x<y</script>";
    res.set_content(out, "text/html; charset=utf-8");
  });
  s.Get("/nasty/cp1251-noheader", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("<html><body><main><p>" + Encode(kRussian, true) +
                        "</p><p>No charset anywhere.</p></main></body></html>",
                    "text/html");
  });
  s.Get("/nasty/cp1251-wrongheader", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("<html><body><main><p>" + Encode(kRussian, true) + "</p></main></body></html>",
                    "text/html; charset=ISO-8859-1");
  });
  s.Get("/nasty/latin1-meta", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("<html><head><meta charset=\"iso-8859-1\"></head><body><main><p>" +
                        Encode(kFrench, false) + "</p></main></body></html>",
                    "text/html");
  });
  s.Get("/nasty/disallowed", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("<html><body><p>You should not be here.</p></body></html>", "text/html");
  });
  s.Get("/nasty/gone", [](const httplib::Request&, httplib::Response& res) {
    res.status = 404;
    res.set_content("<html><body><p>Gone</p></body></html>", "text/html");
  });
  s.Get("/nasty/error", [](const httplib::Request&, httplib::Response& res) {
    res.status = 500;
    res.set_content("<html><body><p>Server error</p></body></html>", "text/html");
  });
}

}  // namespace ariadne::demo
