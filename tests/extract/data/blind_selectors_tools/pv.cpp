// Reads "REGION<TAB>NUMBER" lines; prints validity, E.164 and type for each.
#include <phonenumbers/phonenumberutil.h>

#include <iostream>
#include <string>
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
int main() {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::string line;
  while (std::getline(std::cin, line)) {
    auto tab = line.find('\t');
    std::string region = line.substr(0, tab), text = line.substr(tab + 1);
    PhoneNumber number;
    if (util.Parse(text, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
      std::cout << "PARSEFAIL\t" << region << "\t" << text << "\n";
      continue;
    }
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    std::cout << (util.IsValidNumber(number) ? "VALID" : "INVALID") << "\t" << region << "\t"
              << text << "\t" << e164 << "\t" << util.GetNumberType(number) << "\n";
  }
}
