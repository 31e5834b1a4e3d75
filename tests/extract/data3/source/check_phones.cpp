// reads lines "REGION NUMBER..." ; prints VALID/INVALID, E164, type
#include <phonenumbers/phonenumberutil.h>
#include <iostream>
#include <string>
#include <sstream>
using namespace i18n::phonenumbers;
int main(){
  auto* u=PhoneNumberUtil::GetInstance();
  std::string line;
  while(std::getline(std::cin,line)){
    std::istringstream is(line); std::string reg; is>>reg; std::string rest; std::getline(is,rest);
    PhoneNumber n;
    auto e=u->Parse(rest,reg,&n);
    if(e!=PhoneNumberUtil::NO_PARSING_ERROR){std::cout<<"PARSEERR\t"<<line<<"\n";continue;}
    std::string out; u->Format(n,PhoneNumberUtil::E164,&out);
    std::string rc; u->GetRegionCodeForNumber(n,&rc);
    std::cout<<(u->IsValidNumber(n)?"VALID":"INVALID")<<"\t"<<out<<"\t"<<rc<<"\t"<<u->GetNumberType(n)<<"\t"<<line<<"\n";
  }
}
