#include <gtest/gtest.h>

#include "extract/test_util.h"

namespace ariadne::extract {
namespace {

using testing::Values;
using V = std::vector<std::string>;

TEST(Ip, DottedQuad) {
  EXPECT_EQ(Values("from 192.0.2.44, then", "ip"), V{"192.0.2.44"});
}

TEST(Ip, VersionsDatesAndBadOctetsRejected) {
  EXPECT_TRUE(Values("version 1.2.3.4", "ip").empty());
  EXPECT_TRUE(Values("v10.0.0.1", "ip").empty());
  EXPECT_TRUE(Values("1.2.3.4.5", "ip").empty());
  EXPECT_TRUE(Values("300.1.1.1", "ip").empty());
  EXPECT_TRUE(Values("10.01.2024.1", "ip").empty());
}

}  // namespace
}  // namespace ariadne::extract
