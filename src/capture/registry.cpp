#include "capture/registry.h"

#include <fstream>
#include <string>

#include "capture/ads_csv_importer.h"
#include "capture/ads_jsonl_importer.h"
#include "capture/email_importer.h"
#include "capture/image_importer.h"
#include "capture/pdf_importer.h"
#include "capture/telegram_importer.h"
#include "capture/text_importer.h"
#include "capture/warc_importer.h"
#include "capture/whatsapp_importer.h"
#include "capture/whatsapp_zip_importer.h"

namespace ariadne::capture {

const std::vector<const Importer*>& Importers() {
  // Telegram's result.json is a .json starting with '{', which ads-jsonl would also take: the more
  // specific sniff goes first.
  static const std::vector<const Importer*> table = {
      &TelegramImporter(),
      &AdsJsonlImporter(),
      &AdsCsvImporter(),
      &WhatsAppImporter(),
      &WhatsAppZipImporter(),
      &MboxImporter(),
      &EmlImporter(),
      &PdfImporter(),
      &ImageImporter(),
      &WarcImporter(),
      // By extension or first tag only, so last: every more specific format has had its turn.
      &HtmlImporter(),
      &TextImporter(),
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
