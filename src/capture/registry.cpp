#include "capture/registry.h"

#include <fstream>
#include <string>

#include "capture/ads_csv_importer.h"
#include "capture/ads_jsonl_importer.h"
#include "capture/telegram_importer.h"
#include "capture/warc_importer.h"
#include "capture/whatsapp_importer.h"

namespace ariadne::capture {

const std::vector<const Importer*>& Importers() {
  // Telegram's result.json is a .json starting with '{', which ads-jsonl would also take: the more
  // specific sniff goes first.
  static const std::vector<const Importer*> table = {
      &TelegramImporter(), &AdsJsonlImporter(), &AdsCsvImporter(),
      &WhatsAppImporter(), &WarcImporter(),
  };
  return table;
}

const Importer* FindImporter(std::string_view name) {
  for (const Importer* i : Importers()) {
    if (i->name() == name) return i;
  }
  return nullptr;
}

const Importer* DetectImporter(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  for (const Importer* i : Importers()) {
    if (i->Sniff(path, head)) return i;
  }
  return nullptr;
}

}  // namespace ariadne::capture
